namespace ModelBot.Core.Names;

/// <summary>
/// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and transpositions
/// of adjacent characters), bounded so long strings that are far apart stop early.
/// </summary>
public static class EditDistance
{
    /// <summary>The largest distance a typo may have for a key of <paramref name="length"/> characters.</summary>
    /// <remarks>0 for one or two characters, 1 up to four, 2 up to eight, 3 beyond.</remarks>
    public static int Threshold(int length) => length switch
    {
        <= 2 => 0,
        <= 4 => 1,
        <= 8 => 2,
        _ => 3,
    };

    /// <summary>
    /// The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>, or
    /// <c>max + 1</c> as soon as it is known to exceed <paramref name="max"/>.
    /// </summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
