using System.Text;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the long texts renderers lay out (an embed description, a
/// table section), so a render does not grow a new builder chunk by chunk every time. Take it with
/// <see cref="Acquire"/>, and give it back with <see cref="ToStringAndRelease"/> or <see cref="Release"/> in the
/// same synchronous call; a builder that is not given back is simply collected.
/// </summary>
public static class StringBuilderCache
{
    /// <summary>Builders larger than this many characters are not kept.</summary>
    public const int MaxCachedCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    /// <summary>An empty builder of at least <paramref name="capacity"/> characters: the thread's cached one when free.</summary>
    public static StringBuilder Acquire(int capacity)
    {
        var cached = _cached;
        if (cached is not null && capacity <= cached.Capacity)
        {
            _cached = null;
            return cached.Clear();
        }
        return new StringBuilder(capacity);
    }

    /// <summary>Keeps <paramref name="builder"/> for the next <see cref="Acquire"/> on this thread.</summary>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxCachedCapacity)
        {
            _cached = builder;
        }
    }

    /// <summary>The builder's text; the builder is kept for reuse.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        Release(builder);
        return text;
    }
}
