using System.Globalization;
using System.Text;

namespace ModelBot.Core.Loading;

/// <summary>
/// The YAML scalars the fast readers take from one line: plain, "double-quoted" (the common escapes) and
/// 'single-quoted'. Each gives the value and where it ends, or null for what only YamlDotNet should read (an escape
/// it does not know, a quote not closed on the line, a plain scalar holding ": ").
/// </summary>
internal static class OneLineScalars
{
    /// <summary>The plain scalar at <paramref name="start"/>, up to a comment (in a flow list, also up to ',' or ']').</summary>
    public static (string? Value, int End) Plain(ReadOnlySpan<char> line, int start, bool inFlow, FileStringPool? strings = null)
    {
        if (IsIndicator(line[start]) || (line[start] is '-' or '?' or ':' && (start + 1 == line.Length || line[start + 1] == ' ')))
        {
            return (null, 0);
        }

        var end = line.Length;
        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '#' && line[i - 1] == ' ')
            {
                end = i;
                break;
            }

            if (c == ':' && (i + 1 == line.Length || line[i + 1] == ' ' || (inFlow && line[i + 1] is ',' or ']')))
            {
                return (null, 0);
            }

            if (inFlow && c is ',' or ']')
            {
                end = i;
                break;
            }

            if (inFlow && c is '[' or '{' or '}')
            {
                return (null, 0);
            }
        }

        var text = line[start..end].TrimEnd(' ');
        return text.IsEmpty ? (null, 0) : (strings?.Get(text) ?? text.ToString(), start + text.Length);
    }

    /// <summary>The double-quoted scalar whose opening quote is at <paramref name="start"/>; its end is past the closing quote.</summary>
    public static (string? Value, int End) DoubleQuoted(ReadOnlySpan<char> line, int start, FileStringPool? strings = null)
    {
        StringBuilder? built = null;
        var runStart = start + 1;
        for (var i = start + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                var value = built is null ? strings?.Get(line[runStart..i]) ?? line[runStart..i].ToString() : built.Append(line[runStart..i]).ToString();
                return (value, i + 1);
            }

            if (c != '\\')
            {
                continue;
            }

            built ??= new StringBuilder(line.Length);
            built.Append(line[runStart..i]);
            if (i + 1 >= line.Length)
            {
                return (null, 0);
            }

            var escape = line[++i];
            switch (escape)
            {
                case '\\' or '"' or '/':
                    built.Append(escape);
                    break;
                case 'n':
                    built.Append('\n');
                    break;
                case 't':
                    built.Append('\t');
                    break;
                case 'r':
                    built.Append('\r');
                    break;
                case 'u' when i + 4 < line.Length && int.TryParse(line.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    built.Append((char)code);
                    i += 4;
                    break;
                default:
                    return (null, 0);
            }

            runStart = i + 1;
        }

        // No closing quote on the line: a value over several lines.
        return (null, 0);
    }

    /// <summary>The single-quoted scalar whose opening quote is at <paramref name="start"/>; its end is past the closing quote.</summary>
    public static (string? Value, int End) SingleQuoted(ReadOnlySpan<char> line, int start)
    {
        var built = new StringBuilder();
        for (var i = start + 1; i < line.Length; i++)
        {
            if (line[i] != '\'')
            {
                built.Append(line[i]);
                continue;
            }

            if (i + 1 < line.Length && line[i + 1] == '\'')
            {
                built.Append('\'');
                i++;
                continue;
            }

            return (built.ToString(), i + 1);
        }

        return (null, 0);
    }

    /// <summary>Whether nothing but spaces and a comment follow <paramref name="from"/>.</summary>
    public static bool OnlyCommentAfter(ReadOnlySpan<char> line, int from)
    {
        var rest = line[from..];
        var trimmed = rest.TrimStart(' ');
        return trimmed.IsEmpty || (trimmed[0] == '#' && trimmed.Length < rest.Length);
    }

    /// <summary>A character no plain scalar starts with.</summary>
    public static bool IsIndicator(char c) => c is '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';
}
