namespace ModelBot.Commands.Rendering;

/// <summary>
/// Fits a column of labels into a display width so that labels which differ in the data never read the same once
/// cut: "Humanity's Last Exam (no tools)" and "Humanity's Last Exam (no tools, Contemplating)" cut at the end would
/// both read "Humanity's Last Exam (no t…", so such labels are cut in the middle instead, keeping as much of their
/// ends as it takes to tell them apart ("Humanity's Last…(no tools)", "Humanity's…Contemplating)").
/// </summary>
public static class DistinctFit
{
    /// <summary>
    /// Each of <paramref name="labels"/> cut to <paramref name="maxWidth"/> columns (as <see cref="TextFit.ToWidth"/>
    /// does), except that labels which differ keep differing. Returns <paramref name="labels"/>' own strings where nothing is cut.
    /// </summary>
    public static string[] ToWidth(IReadOnlyList<string> labels, int maxWidth)
    {
        var fitted = new string[labels.Count];
        var anyCut = false;
        for (var i = 0; i < labels.Count; i++)
        {
            fitted[i] = TextFit.ToWidth(labels[i], maxWidth);
            anyCut |= !ReferenceEquals(fitted[i], labels[i]);
        }
        if (!anyCut || maxWidth < 3)
        {
            return fitted;
        }
        var numbered = 0;
        for (var i = 0; i < fitted.Length; i++)
        {
            if (ReferenceEquals(fitted[i], labels[i]))
            {
                continue;
            }
            var clash = Clashes(labels, fitted, i);
            if (clash is null)
            {
                continue;
            }
            clash.Add(i);
            Separate(labels, fitted, clash, maxWidth, ref numbered);
        }
        return fitted;
    }

    /// <summary>The other labels that read as label <paramref name="index"/> does although they differ from it; null when none.</summary>
    private static List<int>? Clashes(IReadOnlyList<string> labels, string[] fitted, int index)
    {
        List<int>? clash = null;
        for (var j = 0; j < fitted.Length; j++)
        {
            if (j != index && string.Equals(fitted[j], fitted[index], StringComparison.Ordinal) && !string.Equals(labels[j], labels[index], StringComparison.Ordinal))
            {
                (clash ??= []).Add(j);
            }
        }
        return clash;
    }

    /// <summary>Cuts the clashing labels in the middle, keeping the shortest end that makes them all read differently.</summary>
    private static void Separate(IReadOnlyList<string> labels, string[] fitted, List<int> clash, int maxWidth, ref int numbered)
    {
        for (var tail = 1; tail <= maxWidth - 2; tail++)
        {
            var candidates = new string[clash.Count];
            for (var k = 0; k < clash.Count; k++)
            {
                candidates[k] = MiddleCut(labels[clash[k]], maxWidth, tail);
            }
            if (AllDistinct(labels, fitted, clash, candidates))
            {
                for (var k = 0; k < clash.Count; k++)
                {
                    fitted[clash[k]] = candidates[k];
                }
                return;
            }
        }
        // Labels that differ only deep in their middle, or a column too narrow for words: number them (across the whole
        // column), so at least they never read the same.
        for (var k = 0; k < clash.Count; k++)
        {
            var mark = string.Concat(TextFit.Ellipsis, (++numbered).ToString(System.Globalization.CultureInfo.InvariantCulture));
            fitted[clash[k]] = string.Concat(TextFit.ToWidth(labels[clash[k]], maxWidth - mark.Length).TrimEnd(TextFit.EllipsisChar), mark);
        }
    }

    private static bool AllDistinct(IReadOnlyList<string> labels, string[] fitted, List<int> clash, string[] candidates)
    {
        for (var a = 0; a < candidates.Length; a++)
        {
            for (var b = a + 1; b < candidates.Length; b++)
            {
                if (string.Equals(candidates[a], candidates[b], StringComparison.Ordinal) && !string.Equals(labels[clash[a]], labels[clash[b]], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            // Nor may a new text read as another label of the column.
            for (var j = 0; j < fitted.Length; j++)
            {
                if (!clash.Contains(j) && string.Equals(fitted[j], candidates[a], StringComparison.Ordinal) && !string.Equals(labels[j], labels[clash[a]], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// <paramref name="text"/> as its head, "…" and its end of at least <paramref name="tailWidth"/> columns, at most
    /// <paramref name="maxWidth"/> columns in all. The end starts at a word where that still fits, and the head stops at
    /// one, so both read as words ("Humanity's Last…(no tools)").
    /// </summary>
    internal static string MiddleCut(string text, int maxWidth, int tailWidth)
    {
        if (DisplayWidth.Of(text) <= maxWidth)
        {
            return text;
        }
        var tailStart = StartOfLast(text, tailWidth);
        var wordStart = text.LastIndexOf(' ', Math.Max(0, tailStart - 1)) + 1;
        if (wordStart < tailStart && DisplayWidth.Of(text.AsSpan(wordStart)) <= maxWidth - 2)
        {
            tailStart = wordStart;
        }
        var tail = text.AsSpan(tailStart).TrimStart();
        var headBudget = maxWidth - 1 - DisplayWidth.Of(tail);
        var headEnd = PrefixEnd(text, Math.Max(0, headBudget), tailStart);
        var space = text.LastIndexOf(' ', Math.Max(0, headEnd - 1));
        if (headEnd < tailStart && text[headEnd] != ' ' && space > headEnd / 2)
        {
            headEnd = space;
        }
        return string.Concat(text.AsSpan(0, headEnd).TrimEnd(), TextFit.Ellipsis, tail);
    }

    /// <summary>Where the last <paramref name="width"/> columns of <paramref name="text"/> start (never inside a surrogate pair).</summary>
    private static int StartOfLast(string text, int width)
    {
        var start = text.Length;
        var used = 0;
        while (start > 0)
        {
            var previous = char.IsLowSurrogate(text[start - 1]) && start > 1 ? start - 2 : start - 1;
            var w = DisplayWidth.Of(text.AsSpan(previous, start - previous));
            if (used + w > width)
            {
                break;
            }
            used += w;
            start = previous;
        }
        return start;
    }

    /// <summary>The end of the longest prefix of <paramref name="text"/>, before <paramref name="limit"/>, at most <paramref name="width"/> columns wide.</summary>
    private static int PrefixEnd(string text, int width, int limit)
    {
        var end = 0;
        var used = 0;
        foreach (var rune in text.AsSpan(0, limit).EnumerateRunes())
        {
            var w = DisplayWidth.Of(rune);
            if (used + w > width)
            {
                break;
            }
            used += w;
            end += rune.Utf16SequenceLength;
        }
        return end;
    }
}
