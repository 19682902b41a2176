using System.Text.RegularExpressions;

namespace ModelBot.Core.Validation;

/// <summary>The id format of data/: kebab-case, lowercase, <c>[a-z0-9.-]</c>, starting and ending with a letter or digit.</summary>
public static partial class IdFormat
{
    /// <summary>Whether <paramref name="id"/> is a well-formed id (<c>gpt-5.4</c>, <c>arc-agi-2</c>).</summary>
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>Why an id is malformed, for error messages.</summary>
    public const string Rule = "ids are kebab-case: lowercase letters, digits, '.' and '-', starting and ending with a letter or digit, e.g. gpt-5.4";

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
