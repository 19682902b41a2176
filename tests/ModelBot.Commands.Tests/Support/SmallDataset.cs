using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Tests.Support;

/// <summary>A small dataset built in code, with a disagreement, a disputed figure, a lower-is-better benchmark and a tie.</summary>
internal static class SmallDataset
{
    public static CuratedDataset Create()
    {
        Model[] models =
        [
            new() { Id = "alpha-1", Name = "Alpha 1", Aliases = ["Codename A"], Vendor = "Acme", Weights = WeightsAvailability.Open, Licence = "Apache-2.0", ContextWindow = 128000, ReleaseDate = new DateOnly(2026, 1, 2), Sources = ["first"] },
            new() { Id = "beta-2", Name = "Beta 2", Vendor = "Bmax", Weights = WeightsAvailability.Closed, Sources = ["second"] },
            new() { Id = "gamma-3", Name = "Gamma 3", Vendor = "Gco" },
        ];
        Benchmark[] benchmarks =
        [
            new() { Id = "quiz", Name = "Quiz Bench", Measures = "Trivia.", Metric = "accuracy", Unit = Unit.Percent },
            new() { Id = "tokens-used", Name = "Tokens Used", Aliases = ["output tokens"], Measures = "Output tokens.", Metric = "output tokens", Unit = Unit.MillionTokens, Direction = Direction.LowerIsBetter },
            new() { Id = "arena", Name = "Arena", Measures = "Head to head.", Metric = "Elo", Unit = Unit.Elo },
        ];
        Source[] sources =
        [
            new() { Id = "first", Title = "First article", Publisher = "Pub One", Date = new DateOnly(2026, 4, 1), File = "000_first.txt" },
            new() { Id = "second", Title = "Second article", Publisher = "unknown", File = "001_second.txt" },
        ];
        Result[] results =
        [
            Figure("alpha-1", "quiz", "no tools", 42.8, "first"),
            Figure("beta-2", "quiz", "no tools", 40.1, "first"),
            Figure("beta-2", "quiz", "no tools", 41.2, "second", disputed: true, notes: "Contradicts the official table, which gives 40.1."),
            Figure("gamma-3", "quiz", "with tools", 50, "second"),
            Figure("alpha-1", "tokens-used", "default", 58, "second", evaluator: "Artificial Analysis"),
            Figure("beta-2", "tokens-used", "default", 120, "second", evaluator: "Artificial Analysis"),
            Figure("alpha-1", "arena", "default", 1444, "first"),
            Figure("beta-2", "arena", "default", 1444, "first"),
            Figure("gamma-3", "arena", "default", 1400, "second"),
        ];
        return new CuratedDataset(models, benchmarks, sources, results) { Vocabulary = RealData.Dataset.Vocabulary };
    }

    private static Result Figure(string model, string benchmark, string setting, double value, string source, bool disputed = false, string? notes = null, string evaluator = "Acme") => new()
    {
        Model = model,
        Benchmark = benchmark,
        Setting = setting,
        Value = value,
        Evaluator = evaluator,
        Source = source,
        Passage = $"{model} scores {value} on {benchmark}.",
        Disputed = disputed,
        Notes = notes,
    };
}
