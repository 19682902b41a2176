using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Explain;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Gap;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.ModelLists;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.Questions;
using ModelBot.Commands.Requests;
using ModelBot.Commands.TopicLeaders;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Routing;

/// <summary>/compare and the comparison questions: on a benchmark, a listed few, or a topic; wins; the whole tally for "overall".</summary>
public sealed partial class CommandRouter
{
    /// <summary>"on GDPval and Terminal-Bench": several benchmarks listed, each a name the dataset knows; null otherwise.</summary>
    private TopicTarget? BenchmarkList(string typed)
    {
        var parts = BenchmarkListSeparator().Split(typed).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2 || _queries.Names.ResolveBenchmark(typed).IsFound)
        {
            return null;
        }

        var benchmarks = new List<Core.Dataset.Benchmark>(parts.Count);
        foreach (var part in parts)
        {
            if (_queries.Names.ResolveBenchmark(part) is not { IsFound: true } found)
            {
                return null;
            }

            benchmarks.Add(found.Value);
        }

        return TopicTarget.OfBenchmarks(string.Join(" and ", benchmarks.Select(b => b.Name).Distinct()), [.. benchmarks.Select(b => b.Id).Distinct()]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:,\s*and\b|,|&|\+|\band\b)\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BenchmarkListSeparator();

    private Answer Compare(CompareRequest compare)
    {
        // "/compare a b on coding": a filter that names no benchmark but a topic compares on that topic.
        // A topic word wins over the start of a benchmark's name ("on reasoning" is the topic, not CharXiv Reasoning);
        // a benchmark's whole name or alias wins over a topic ("on HealthBench").
        var topic = compare.Topic
            ?? (compare.Benchmark is { } listed ? BenchmarkList(listed) : null)
            ?? (compare.Benchmark is { } typed && _queries.Names.ResolveBenchmark(typed) is not { IsFound: true, Match: Core.Names.MatchKind.Exact }
                ? TopicKeywords.Find(typed, _queries.Dataset.Vocabulary)
                : null);
        if (topic is not null)
        {
            var benchmarks = topic.Resolve(_queries.Dataset);
            if (benchmarks.Count == 0)
            {
                return NoSuchTopic(topic, CommandNames.Compare);
            }

            var ids = benchmarks.Select(b => b.Id).ToArray();
            var within = AllSingleNames(compare.Models)
                ? _queries.CompareWithin(Texts(compare.Models), ids)
                : _queries.CompareTextWithin(ModelListText(compare.Models), ids);
            if (!within.IsSuccess)
            {
                return Failure(within.Failure, CommandNames.Compare);
            }

            var answer = Wins(compare, within.Report, _builders.Comparison.Build(within.Report, topic.Label));
            return topic.Overall && compare.WinsOf is null ? WithWholeTally(compare, within.Report, topic, answer) : answer;
        }

        var outcome = AllSingleNames(compare.Models)
            ? _queries.Compare(Texts(compare.Models), compare.Benchmark)
            : _queries.CompareText(ModelListText(compare.Models), compare.Benchmark);
        return outcome.IsSuccess ? Wins(compare, outcome.Report, _builders.Comparison.Build(outcome.Report)) : Failure(outcome.Failure, CommandNames.Compare);
    }

    /// <summary>
    /// "is Muse Spark better than GPT-5.4 overall?": a topic the vocabulary marks 'overall' has a row or two (the
    /// composite index), thin ground for "better", so the headline adds the tally over every benchmark the models share.
    /// </summary>
    private Answer WithWholeTally(CompareRequest compare, ComparisonReport topicReport, TopicTarget topic, Answer answer)
    {
        var whole = AllSingleNames(compare.Models)
            ? _queries.Compare(Texts(compare.Models), null)
            : _queries.CompareText(ModelListText(compare.Models), null);
        if (!whole.IsSuccess || whole.Report.Rows.Count <= topicReport.Rows.Count || _builders.Comparison.Build(whole.Report).Summary is not { } tally)
        {
            return answer;
        }

        var firstSentence = tally.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? tally[..(end + 1)] : tally;
        return answer with { Summary = $"{answer.Summary} Counting every benchmark they share, not only {topic.Label} ones: {char.ToLowerInvariant(firstSentence[0])}{firstSentence[1..]}" };
    }

    /// <summary>"where does A beat B?": the comparison with A's wins as its headline.</summary>
    private static Answer Wins(CompareRequest compare, ComparisonReport report, Answer answer) =>
        compare.WinsOf is { } winner && ComparisonWins.Summary(report, winner) is { } wins ? answer with { Summary = wins } : answer;

    /// <summary>Model arguments some of which may hold several names, as one text for name-list resolution.</summary>
    private static string ModelListText(IReadOnlyList<ModelArgument> models) =>
        models.Count == 1 ? models[0].Text : string.Join(", ", Texts(models));

    private static bool AllSingleNames(IReadOnlyList<ModelArgument> models)
    {
        foreach (var model in models)
        {
            if (model.MayHoldSeveral)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Texts(IReadOnlyList<ModelArgument> models)
    {
        var texts = new string[models.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = models[i].Text;
        }

        return texts;
    }
}
