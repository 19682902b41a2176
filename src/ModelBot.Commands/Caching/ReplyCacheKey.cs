using System.Globalization;
using System.Text;

namespace ModelBot.Commands.Caching;

/// <summary>
/// Builds the key of a cached reply from what decides it and nothing else (never a user, channel, token or URL):
/// the platform, the kind of reply, the catalog command, the page and the option values. Every part is written with
/// its length, so two different requests can never share a key.
/// </summary>
public sealed class ReplyCacheKey
{
    /// <summary>Keys longer than this are not cached (a very long free-text question is rarely asked twice).</summary>
    public const int MaxLength = 512;

    private readonly StringBuilder _builder;

    /// <summary>Starts a key for <paramref name="platform"/>'s <paramref name="kind"/> of reply to <paramref name="command"/> at <paramref name="page"/>.</summary>
    public ReplyCacheKey(string platform, string kind, string command, int page)
    {
        _builder = new StringBuilder(128);
        Add(platform).Add(kind).Add(command).Add(page.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Adds one value (an option's name or value, the typed text); null and empty are told apart.</summary>
    public ReplyCacheKey Add(string? value)
    {
        if (value is null)
        {
            _builder.Append("-|");
            return this;
        }
        _builder.Append(value.Length).Append(':').Append(value).Append('|');
        return this;
    }

    /// <summary>The key, or null when it is longer than <see cref="MaxLength"/>.</summary>
    public string? Build() => _builder.Length <= MaxLength ? _builder.ToString() : null;
}
