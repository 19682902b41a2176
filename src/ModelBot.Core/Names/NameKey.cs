namespace ModelBot.Core.Names;

/// <summary>
/// Normalises a name for matching: lower case, letters and digits only ("GPT 5.4", "gpt-5.4" and "gpt5.4" all become
/// "gpt54"). Superscript digits become digits ("τ²" becomes "τ2").
/// </summary>
public static class NameKey
{
    /// <summary>The normalised key of <paramref name="text"/>; empty when it holds no letter or digit.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = Normalize(text, buffer);
        return length == 0 ? string.Empty : new string(buffer[..length]);
    }

    /// <summary>Writes the normalised key of <paramref name="text"/> into <paramref name="destination"/> and returns its length.</summary>
    /// <remarks>The destination needs at most <c>text.Length</c> characters.</remarks>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            var mapped = Map(c);
            if (mapped != '\0')
            {
                destination[length++] = mapped;
            }
        }

        return length;
    }

    /// <summary>Whether <paramref name="c"/> is part of a name token (a letter or a digit).</summary>
    public static bool IsNameChar(char c) => Map(c) != '\0';

    /// <summary>Whether the key holds at least one letter (a bare number such as "4.6" is not a name).</summary>
    public static bool HasLetter(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static char Map(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                return c;
            }

            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : '\0';
        }

        return c switch
        {
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
            _ => '\0',
        };
    }
}
