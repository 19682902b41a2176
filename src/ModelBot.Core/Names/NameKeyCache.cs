namespace ModelBot.Core.Names;

/// <summary>
/// <see cref="NameKey.Normalize(ReadOnlySpan{char})"/> of texts that repeat (the few settings of a benchmark's many
/// figures), each computed once. One thread, one pass: built and dropped by its caller.
/// </summary>
internal sealed class NameKeyCache
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>The normalised key of <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        if (!_keys.TryGetValue(text, out var key))
        {
            _keys[text] = key = NameKey.Normalize(text);
        }

        return key;
    }
}
