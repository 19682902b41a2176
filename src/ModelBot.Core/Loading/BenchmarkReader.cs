using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of benchmarks.yaml.</summary>
internal static class BenchmarkReader
{
    /// <summary>The keys a benchmark may have.</summary>
    public static readonly string[] Keys = ["id", "name", "aliases", "measures", "metric", "unit", "direction", "version", "notes", "category"];

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
        var category = Category(map);
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
            Category = category,
            Line = map.Position.Line,
        };
        return new Located<Benchmark>(benchmark, map);
    }

    /// <summary>The category, checked against the fixed set; a near miss ("helth", "text/reasoning") is suggested.</summary>
    private static string? Category(YamlMap map)
    {
        var text = map.String("category", required: false);
        if (text is null || BenchmarkCategories.All.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var hint = ClosestCategory(text) is { } best ? $" (did you mean '{best}'?)" : string.Empty;
        map.Error(map.PositionOf("category"), $"'category' of {map.Subject} is '{text}', expected one of: {string.Join(", ", BenchmarkCategories.All)}{hint}");
        return null;
    }

    private static string? ClosestCategory(string text)
    {
        var key = NameKey.Normalize(text);
        string? best = null;
        var bestDistance = int.MaxValue;
        var threshold = Math.Max(1, EditDistance.Threshold(key.Length));
        foreach (var category in BenchmarkCategories.All)
        {
            var distance = EditDistance.Compute(key, NameKey.Normalize(category), threshold);
            if (distance <= threshold && distance < bestDistance)
            {
                best = category;
                bestDistance = distance;
            }
        }

        return best;
    }
}
