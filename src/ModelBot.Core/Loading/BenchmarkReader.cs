using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of benchmarks.yaml.</summary>
internal static class BenchmarkReader
{
    /// <summary>The keys a benchmark may have.</summary>
    public static readonly string[] Keys = ["id", "name", "aliases", "measures", "metric", "unit", "direction", "version", "notes"];

    private static readonly Dictionary<string, Unit> UnitChoices = new(StringComparer.Ordinal)
    {
        ["percent"] = Unit.Percent,
        ["score"] = Unit.Score,
        ["elo"] = Unit.Elo,
        ["tokens"] = Unit.Tokens,
        ["million-tokens"] = Unit.MillionTokens,
    };

    private static readonly Dictionary<string, Direction> DirectionChoices = new(StringComparer.Ordinal)
    {
        ["higher"] = Direction.HigherIsBetter,
        ["lower"] = Direction.LowerIsBetter,
    };

    public static Located<Benchmark>? Read(YamlMap map)
    {
        var id = map.String("id", required: true);
        map.Subject = id is null ? "benchmark" : $"benchmark '{id}'";
        var name = map.String("name", required: true);
        var aliases = map.List("aliases");
        var measures = map.String("measures", required: true);
        var metric = map.String("metric", required: true);
        var unit = map.Choice("unit", required: true, UnitChoices);
        var direction = map.Choice("direction", required: true, DirectionChoices);
        var version = map.String("version", required: false);
        var notes = map.String("notes", required: false);
        if (id is null || name is null || measures is null || metric is null || unit is null || direction is null)
        {
            return null;
        }

        var benchmark = new Benchmark
        {
            Id = id,
            Name = name,
            Aliases = aliases,
            Measures = measures,
            Metric = metric,
            Unit = unit.Value,
            Direction = direction.Value,
            Version = version,
            Notes = notes,
            Line = map.Position.Line,
        };
        return new Located<Benchmark>(benchmark, map);
    }
}
