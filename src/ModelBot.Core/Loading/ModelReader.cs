using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of models.yaml.</summary>
internal static class ModelReader
{
    /// <summary>The keys a model may have.</summary>
    public static readonly string[] Keys =
    [
        "id", "name", "aliases", "vendor", "release_date", "weights", "licence", "context_window",
        "input_modalities", "output_modalities", "modes", "notes", "sources", "fact_sources",
    ];

    /// <summary>The facts <c>fact_sources</c> may name: every fact key but the id, the name and the lists of sources.</summary>
    public static readonly string[] FactKeys =
    [
        "vendor", "release_date", "weights", "licence", "context_window", "input_modalities", "output_modalities", "modes", "aliases", "notes",
    ];

    private static readonly Dictionary<string, WeightsAvailability> WeightsChoices = new(StringComparer.Ordinal)
    {
        ["open"] = WeightsAvailability.Open,
        ["closed"] = WeightsAvailability.Closed,
        ["unknown"] = WeightsAvailability.Unknown,
    };

    public static Located<Model>? Read(YamlMap map)
    {
        var id = map.String("id", required: true);
        map.Subject = id is null ? "model" : $"model '{id}'";
        var name = map.String("name", required: true);
        var vendor = map.String("vendor", required: true);
        var aliases = map.List("aliases");
        var releaseDate = map.Date("release_date", out var releaseDayStated);
        var weights = map.Choice("weights", required: false, WeightsChoices) ?? WeightsAvailability.Unknown;
        var licence = map.String("licence", required: false);
        var contextWindow = map.Integer("context_window");
        var input = map.List("input_modalities");
        var output = map.List("output_modalities");
        var modes = map.List("modes");
        var notes = map.String("notes", required: false);
        var sources = map.List("sources");
        var factSources = map.ListMap("fact_sources", FactKeys);
        if (sources.Count == 0)
        {
            map.Error(map.Has("sources") ? map.PositionOf("sources") : map.Position, $"missing source: {map.Subject} lists no 'sources' stating its facts");
        }

        if (id is null || name is null || vendor is null)
        {
            return null;
        }

        var model = new Model
        {
            Id = id,
            Name = name,
            Aliases = aliases,
            Vendor = vendor,
            ReleaseDate = releaseDate,
            ReleaseDayStated = releaseDayStated,
            Weights = weights,
            Licence = licence,
            ContextWindow = contextWindow,
            InputModalities = input,
            OutputModalities = output,
            Modes = modes,
            Notes = notes,
            Sources = sources,
            FactSources = factSources,
            Line = map.Position.Line,
        };
        return new Located<Model>(model, map);
    }
}
