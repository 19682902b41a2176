using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of models.yaml.</summary>
internal static class ModelReader
{
    /// <summary>The keys a model may have (<c>fact_sources</c> only to say what replaced it).</summary>
    public static readonly string[] Keys =
    [
        "id", "name", "aliases", "spellings", "vendor", "release_date", "weights", "licence", "context_window",
        "input_modalities", "output_modalities", "modes", "notes", "sources", "fact_passages", "fact_sources",
    ];

    /// <summary>
    /// The facts that need a passage in <c>fact_passages</c>: every fact key but the id, the name, the spellings, the
    /// notes (free text that names its own articles) and the lists of sources.
    /// </summary>
    public static readonly string[] FactKeys =
    [
        "vendor", "release_date", "weights", "licence", "context_window", "input_modalities", "output_modalities", "modes", "aliases",
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
        var vendor = map.String("vendor", required: false);
        var aliases = map.List("aliases");
        var spellings = map.List("spellings");
        var releaseDate = map.Date("release_date", out var releaseDayStated);
        var weights = map.Choice("weights", required: false, WeightsChoices) ?? WeightsAvailability.Unknown;
        var licence = map.String("licence", required: false);
        var contextWindow = map.Integer("context_window");
        var input = map.List("input_modalities");
        var output = map.List("output_modalities");
        var modes = map.List("modes");
        var notes = map.String("notes", required: false);
        var sources = map.List("sources");
        if (sources.Count == 0)
        {
            map.Error(map.Has("sources") ? map.PositionOf("sources") : map.Position, $"missing source: {map.Subject} lists no 'sources' stating its facts");
        }

        if (map.Has("fact_sources"))
        {
            map.Error(map.KeyPositionOf("fact_sources"), $"'fact_sources' of {map.Subject} is replaced by 'fact_passages': under each fact, each source that states it with its verbatim passage, e.g. fact_passages: {{ vendor: {{ source-id: \"...\" }} }}");
        }

        var stated = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["vendor"] = vendor is not null,
            ["release_date"] = releaseDate is not null,
            ["weights"] = weights != WeightsAvailability.Unknown,
            ["licence"] = licence is not null,
            ["context_window"] = contextWindow is not null,
            ["input_modalities"] = input.Count > 0,
            ["output_modalities"] = output.Count > 0,
            ["modes"] = modes.Count > 0,
            ["aliases"] = aliases.Count > 0,
        };
        var passages = FactPassageReader.Read(map, stated);

        if (id is null || name is null)
        {
            return null;
        }

        var model = new Model
        {
            Id = id,
            Name = name,
            Aliases = aliases,
            Spellings = spellings,
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
            FactPassages = passages,
            Line = map.Position.Line,
        };
        return new Located<Model>(model, map);
    }
}
