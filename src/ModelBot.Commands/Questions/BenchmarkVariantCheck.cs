using System.Text.RegularExpressions;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Names;

namespace ModelBot.Commands.Questions;

/// <summary>
/// Catches a question about a benchmark variant the dataset does not have: "who leads aime 2025?" finds the family name
/// "AIME" of the dataset's AIME 2026, but the year after it names another test. Answering AIME 2026's leaderboard would
/// read as AIME 2025's; the question is refused naming the benchmark the dataset has.
/// </summary>
public static partial class BenchmarkVariantCheck
{
    // Words that, right after a family name, name a variant: "pro", "lite", "verified", "text", "main", …
    private static readonly HashSet<string> VariantWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pro", "lite", "verified", "text", "main", "hard", "diamond", "multimodal", "mm", "full", "mini", "plus", "max",
        "extended", "easy", "medium", "telecom", "airline", "retail",
    };

    /// <summary>
    /// The refusal when <paramref name="typed"/> (at <paramref name="start"/> in <paramref name="question"/>) is only the
    /// start of benchmark <paramref name="benchmarkId"/>'s name and the next word names a variant that name lacks; else null.
    /// </summary>
    public static InvalidRequest? Check(string question, int start, string typed, string benchmarkId, NameResolver names)
    {
        var resolved = names.ResolveBenchmark(benchmarkId);
        if (!resolved.IsFound)
        {
            return null;
        }

        var benchmark = resolved.Value;
        var nameKey = NameKey.Normalize(benchmark.Name);
        var typedKey = NameKey.Normalize(typed);
        // Only a family name ("AIME", "SWE-bench"): the full name or an abbreviation ("HLE") names the benchmark itself.
        if (typedKey.Length == 0 || typedKey == nameKey || !nameKey.StartsWith(typedKey, StringComparison.Ordinal))
        {
            return null;
        }

        var next = NextWord(question, start + typed.Length);
        if (next is null || !(VariantWords.Contains(next) || VersionWord().IsMatch(next)))
        {
            return null;
        }

        // "healthbench hard" and "swe-bench verified" go on to the dataset's own name.
        var extended = NameKey.Normalize(string.Concat(typed, " ", next));
        if (nameKey.StartsWith(extended, StringComparison.Ordinal))
        {
            return null;
        }

        var asked = string.Concat(typed, " ", next);
        return new InvalidRequest(
            CommandNames.Ask,
            $"The dataset has no figures for '{asked}'; of that family it has {benchmark.Name} only. Ask about {benchmark.Name} by name.",
            [benchmark.Id]);
    }

    private static string? NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && (text[i] == ' ' || text[i] == '-' || text[i] == '\u00A0'))
        {
            i++;
        }

        var begin = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i > begin ? text[begin..i].TrimEnd('.') : null;
    }

    [GeneratedRegex(@"^v?\d+(\.\d+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VersionWord();
}
