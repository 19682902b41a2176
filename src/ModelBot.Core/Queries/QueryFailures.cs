using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>The failures of the query service, worded once.</summary>
public static class QueryFailures
{
    public static QueryFailure Model(Resolution<Model> resolution) => resolution.Status == ResolutionStatus.Ambiguous
        ? new QueryFailure($"'{resolution.Query}' could mean several models: {Ids(resolution.Candidates, m => m.Id)}.", [.. resolution.Candidates.Select(m => m.Id)])
        {
            Kind = QueryFailureKind.AmbiguousModel,
            Query = resolution.Query,
        }
        : new QueryFailure($"No model matches '{resolution.Query}'.", [.. resolution.Suggestions.Select(m => m.Id)])
        {
            Kind = QueryFailureKind.UnknownModel,
            Query = resolution.Query,
        };

    public static QueryFailure Benchmark(Resolution<Benchmark> resolution) => resolution.Status == ResolutionStatus.Ambiguous
        ? new QueryFailure($"'{resolution.Query}' could mean several benchmarks: {Ids(resolution.Candidates, b => b.Id)}.", [.. resolution.Candidates.Select(b => b.Id)])
        {
            Kind = QueryFailureKind.AmbiguousBenchmark,
            Query = resolution.Query,
        }
        : new QueryFailure($"No benchmark matches '{resolution.Query}'.", [.. resolution.Suggestions.Select(b => b.Id)])
        {
            Kind = QueryFailureKind.UnknownBenchmark,
            Query = resolution.Query,
        };

    public static QueryFailure Setting(LeaderboardReport report, string setting, IReadOnlyList<LeaderboardSection> matches)
    {
        var offered = matches.Count > 1 ? matches.Select(s => s.Setting).Distinct(StringComparer.Ordinal).ToArray() : [.. report.AvailableSettings];
        // Settings hold commas ("no tools, Contemplating"), so each is quoted and the list joined with "or"/";".
        var error = matches.Count > 1
            ? $"'{setting}' could mean several settings of {report.Benchmark.Name}: {string.Join(" or ", offered.Select(o => $"'{o}'"))}."
            : $"{report.Benchmark.Name} has no figures in the setting '{setting}'; it has: {string.Join("; ", offered)}.";
        return new QueryFailure(error, offered) { Kind = QueryFailureKind.UnknownSetting, Query = setting };
    }

    public static QueryFailure ModelCount(int count) => new(
        count < 2
            ? "A comparison needs at least two different models, e.g. /compare muse-spark gpt-5.4."
            : $"A comparison takes at most {QueryService.MaximumComparedModels} models; {count} were named.",
        [])
    {
        Kind = QueryFailureKind.WrongModelCount,
    };

    private static string Ids<T>(IReadOnlyList<T> items, Func<T, string> id) => string.Join(", ", items.Select(id));
}
