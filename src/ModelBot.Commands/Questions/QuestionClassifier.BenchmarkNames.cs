using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.TopicLeaders;
using ModelBot.Core.Names;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Questions;

/// <summary>
/// Benchmarks a question names by the start of their name ("gpqa", "tau2"), alone or listed beside others ("on GDPval
/// and Terminal-Bench"), where the full-name mentions find none.
/// </summary>
public sealed partial class QuestionClassifier
{
    /// <summary>Whether only "and", "&amp;" or a comma stand between the word at <paramref name="start"/> and a benchmark named in full.</summary>
    private static bool JoinedToBenchmark(string question, int start, int length, IReadOnlyList<NameMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Benchmark)
            {
                continue;
            }

            var between = mention.Start >= start + length ? question[(start + length)..mention.Start]
                : start >= mention.Start + mention.Length ? question[(mention.Start + mention.Length)..start]
                : null;
            if (between is not null && ListJoint().IsMatch(between))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(,|&|\+|and|plus|,\s*and)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ListJoint();

    /// <summary>The one benchmark the words of <paramref name="blanked"/> start the name of, or null when none or several.</summary>
    private static (string Id, int Start, int Length)? ShortBenchmarkName(string blanked, NameResolver names, QuestionVocabulary vocabulary)
    {
        var found = ShortBenchmarkNames(blanked, names, vocabulary);
        return found.Count > 0 && found.All(f => f.Id == found[0].Id) ? found[0] : null;
    }

    /// <summary>Every word that starts exactly one benchmark's name ("gdpval", "tau2"), in order, with its position.</summary>
    private static List<(string Id, int Start, int Length)> ShortBenchmarkNames(string blanked, NameResolver names, QuestionVocabulary vocabulary)
    {
        var found = new List<(string Id, int Start, int Length)>(2);
        for (var end = 0; end < blanked.Length;)
        {
            var start = end;
            while (start < blanked.Length && WordSeparators.Contains(blanked[start]))
            {
                start++;
            }

            end = start;
            while (end < blanked.Length && !WordSeparators.Contains(blanked[end]))
            {
                end++;
            }

            // The word without the dots and apostrophes around it; its position stays that of the question.
            var (first, last) = (start, end);
            while (first < last && WordTrim.Contains(blanked[first]))
            {
                first++;
            }

            while (last > first && WordTrim.Contains(blanked[last - 1]))
            {
                last--;
            }

            var trimmed = blanked[first..last];
            if (NameKey.Normalize(trimmed).Length < 4 || StopWords.Contains(trimmed) || NotBenchmarkStarts.Contains(trimmed) || TopicKeywords.IsTopicWord(trimmed, vocabulary))
            {
                continue;
            }

            var resolution = names.ResolveBenchmark(trimmed);
            if (resolution.IsFound && resolution.Match == MatchKind.Prefix)
            {
                found.Add((resolution.Value.Id, first, last - first));
            }
        }

        return found;
    }
}
