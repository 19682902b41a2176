using System.Globalization;
using System.Text;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// How many monospace columns text occupies: East Asian wide and fullwidth characters and emoji take two,
/// combining marks and format characters (zero-width joiner, variation selectors) take none, the rest one.
/// Used to align tables in code blocks and on the console.
/// </summary>
public static class DisplayWidth
{
    /// <summary>Columns occupied by <paramref name="text"/>.</summary>
    public static int Of(string text) => Of(text.AsSpan());

    /// <summary>Columns occupied by <paramref name="text"/>.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        var ascii = true;
        foreach (var c in text)
        {
            if (c >= 0x7F || c < 0x20)
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return text.Length;
        }
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }
        return width;
    }

    /// <summary>Columns occupied by one Unicode scalar value: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x7F)
        {
            return value < 0x20 ? 0 : 1;
        }
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.Control:
                return 0;
        }
        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value) =>
        value is >= 0x1100 and <= 0x115F      // Hangul Jamo initials
            or >= 0x2E80 and <= 0x303E        // CJK radicals, punctuation
            or >= 0x3041 and <= 0x33FF        // Hiragana, Katakana, CJK symbols
            or >= 0x3400 and <= 0x4DBF        // CJK extension A
            or >= 0x4E00 and <= 0x9FFF        // CJK unified ideographs
            or >= 0xA000 and <= 0xA4CF        // Yi
            or >= 0xAC00 and <= 0xD7A3        // Hangul syllables
            or >= 0xF900 and <= 0xFAFF        // CJK compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F        // CJK compatibility forms
            or >= 0xFF00 and <= 0xFF60        // fullwidth forms
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F      // pictographs, emoticons
            or >= 0x1F900 and <= 0x1F9FF      // supplemental symbols and pictographs
            or >= 0x1FA70 and <= 0x1FAFF
            or >= 0x20000 and <= 0x2FFFD      // CJK extensions B–F
            or >= 0x30000 and <= 0x3FFFD;
}
