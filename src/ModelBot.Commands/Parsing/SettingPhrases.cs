namespace ModelBot.Commands.Parsing;

/// <summary>
/// Finds the measurement setting in typed words ("arc-agi-2 with tools", "HLE without tools in contemplating mode")
/// and names it as the dataset does: "with tools", "no tools", "Contemplating", "with tools, Contemplating".
/// </summary>
public static partial class SettingPhrases
{
    /// <summary>The dataset's words for figures measured with tools.</summary>
    public const string WithTools = "with tools";

    /// <summary>The dataset's words for figures measured without tools.</summary>
    public const string NoTools = "no tools";

    /// <summary>The dataset's word for Muse Spark's Contemplating mode.</summary>
    public const string Contemplating = "Contemplating";

    private static readonly (string Phrase, int Part)[] Phrases =
    [
        ("without tool use", NoToolsPart),
        ("without tools", NoToolsPart),
        ("no tool use", NoToolsPart),
        ("no tools", NoToolsPart),
        ("w/o tools", NoToolsPart),
        ("tool-free", NoToolsPart),
        ("with tool use", WithToolsPart),
        ("with tools", WithToolsPart),
        ("using tools", WithToolsPart),
        ("tool use", WithToolsPart),
        ("tools", WithToolsPart),
        ("in contemplating mode", ContemplatingPart),
        ("contemplating mode", ContemplatingPart),
        ("contemplating", ContemplatingPart),
    ];

    private static readonly string[] FillerWords = ["in", "on", "at", "for", "with", "using", "mode", "setting", "the"];

    private const int NoToolsPart = 1;
    private const int WithToolsPart = 2;
    private const int ContemplatingPart = 4;

    /// <summary>
    /// Removes the setting phrases from <paramref name="text"/>. Returns the remaining words (filler such as a
    /// dangling "in" removed) and the setting, or the text unchanged and null when it names none.
    /// </summary>
    public static (string Remainder, string? Setting) Extract(string text)
    {
        char[]? buffer = null;
        var parts = 0;
        foreach (var (phrase, part) in Phrases)
        {
            var searchFrom = 0;
            while (true)
            {
                var source = buffer is null ? text.AsSpan() : buffer.AsSpan();
                var index = source[searchFrom..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    break;
                }

                index += searchFrom;
                var end = index + phrase.Length;
                if (!IsWordBoundary(source, index - 1) || !IsWordBoundary(source, end))
                {
                    searchFrom = index + 1;
                    continue;
                }

                buffer ??= text.ToCharArray();
                buffer.AsSpan(index, phrase.Length).Fill(' ');
                parts |= part;
                searchFrom = end;
            }
        }

        if (buffer is null)
        {
            return (text, null);
        }

        if ((parts & WithToolsPart) != 0 && BothSettings().IsMatch(text))
        {
            parts |= NoToolsPart;
        }

        return (TrimFiller(buffer), Name(parts));
    }

    /// <summary>The dataset's name for a combination of setting parts.</summary>
    private static string? Name(int parts)
    {
        // "tools vs no tools", "with tools vs without": both asked, so neither limits the answer.
        var tools = (parts & NoToolsPart) != 0 && (parts & WithToolsPart) != 0 ? null
            : (parts & NoToolsPart) != 0 ? NoTools : (parts & WithToolsPart) != 0 ? WithTools : null;
        var contemplating = (parts & ContemplatingPart) != 0;
        return (tools, contemplating) switch
        {
            (null, false) => null,
            (null, true) => Contemplating,
            (_, false) => tools,
            (_, true) => tools + ", " + Contemplating,
        };
    }

    private static bool IsWordBoundary(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static string TrimFiller(char[] buffer)
    {
        var span = buffer.AsSpan().Trim();
        var changed = true;
        while (changed && !span.IsEmpty)
        {
            changed = false;
            foreach (var filler in FillerWords)
            {
                if (span.EndsWith(filler, StringComparison.OrdinalIgnoreCase) && IsWordBoundary(span, span.Length - filler.Length - 1))
                {
                    span = span[..^filler.Length].TrimEnd();
                    changed = true;
                }

                if (span.StartsWith(filler, StringComparison.OrdinalIgnoreCase) && IsWordBoundary(span, filler.Length))
                {
                    span = span[filler.Length..].TrimStart();
                    changed = true;
                }
            }
        }

        return CollapseSpaces(span);
    }

    private static string CollapseSpaces(ReadOnlySpan<char> span)
    {
        Span<char> output = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var length = 0;
        var previousSpace = false;
        foreach (var c in span)
        {
            var space = char.IsWhiteSpace(c);
            if (space && previousSpace)
            {
                continue;
            }

            output[length++] = space ? ' ' : c;
            previousSpace = space;
        }

        return output[..length].ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(vs\.?|versus|or|and|compared to)\s+(without|no)\b(?!\s+tool)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BothSettings();
}
