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

/// <summary>
/// Answers to what cannot be answered: a name the dataset lacks, with the plausible names it has (never a far-fetched
/// "did you mean"), and a topic without benchmarks.
/// </summary>
public sealed partial class CommandRouter
{
    private const int MinimumStem = 2;

    private const int MaximumFallbackSuggestions = 5;

    /// <summary>An error answer; an unknown name with no close spelling is offered the names that share its first letters.</summary>
    private Answer Failure(QueryFailure failure, string command)
    {
        if (failure.Kind is QueryFailureKind.UnknownModel or QueryFailureKind.UnknownBenchmark && failure.Query is { Length: > 0 } typed)
        {
            failure = failure with { Suggestions = [.. failure.Suggestions.Where(id => Plausible(typed, id, failure.Kind))] };
        }

        if (failure.Suggestions.Count == 0 && failure.Query is { Length: > 0 } query
            && failure.Kind is QueryFailureKind.UnknownModel or QueryFailureKind.UnknownBenchmark)
        {
            var stem = Stem(query);
            if (stem.Length >= MinimumStem)
            {
                // Only names the typed one could misspell: "humaneval" is no misspelling of "hle".
                var suggestions = failure.Kind == QueryFailureKind.UnknownModel
                    ? _queries.Names.CompleteModels(stem, MaximumFallbackSuggestions).Where(m => Plausible(query, m.Id, failure.Kind)).Select(m => m.Id).ToArray()
                    : _queries.Names.CompleteBenchmarks(stem, MaximumFallbackSuggestions).Where(b => Plausible(query, b.Id, failure.Kind)).Select(b => b.Id).ToArray();
                failure = failure with { Suggestions = suggestions };
            }
        }

        return _builders.Failure.Build(failure, command);
    }

    /// <summary>
    /// A suggestion a person could have meant: the same first letter, and the typed name within two edits of the
    /// suggestion's start ("helthbench" → HealthBench Hard); "humaneval" is no misspelling of "hle".
    /// </summary>
    private bool Plausible(string typed, string id, QueryFailureKind kind)
    {
        var key = Core.Names.NameKey.Normalize(typed);
        if (key.Length == 0)
        {
            return false;
        }

        IEnumerable<string> spellings = kind == QueryFailureKind.UnknownModel
            ? _queries.Dataset.ModelsById.TryGetValue(id, out var model) ? [model.Id, model.Name, .. model.Aliases] : [id]
            : _queries.Dataset.BenchmarksById.TryGetValue(id, out var benchmark) ? [benchmark.Id, benchmark.Name, .. benchmark.Aliases] : [id];
        foreach (var spelling in spellings)
        {
            var other = Core.Names.NameKey.Normalize(spelling);
            if (other.Length > 0 && other[0] == key[0]
                && Core.Names.EditDistance.Compute(key, other.AsSpan(0, Math.Min(other.Length, key.Length)), 2) <= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static string Stem(string query)
    {
        var span = query.AsSpan().Trim();
        var end = 0;
        while (end < span.Length && char.IsLetter(span[end]))
        {
            end++;
        }

        return span[..end].ToString();
    }

    /// <summary>A topic word the dataset has no benchmark for: says so, and names the categories it does have.</summary>
    private Answer NoSuchTopic(TopicTarget topic, string command)
    {
        var categories = _queries.Dataset.Benchmarks.Select(b => b.Category).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var error = categories.Length == 0
            ? $"The dataset has no {topic.Label} benchmarks."
            : $"The dataset has no {topic.Label} benchmarks. It has benchmarks on: {string.Join(", ", categories)}.";
        return _builders.Failure.Build(new InvalidRequest(command, error, [.. categories.Select(c => $"best model for {c}")]));
    }
}
