using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of models.yaml.</summary>
internal static class ModelReader
{
    /// <summary>The keys a model may have (<c>fact_sources</c> only to say what replaced it).</summary>
    public static readonly string[] Keys =
    [
        "id", "name", "aliases", "spellings", "vendor", "release_date", "weights", "licence", "context_window",
        "input_modalities", "output_modalities", "modes", "mode_notes", "access", "parameters", "pricing", "notes", "sources",
        "fact_passages", "fact_sources",
    ];

    /// <summary>
    /// The facts that need a passage in <c>fact_passages</c>: every fact key but the id, the name, the spellings, the
    /// notes (free text that names its own articles) and the lists of sources.
    /// </summary>
    public static readonly string[] FactKeys =
    [
        "vendor", "release_date", "weights", "licence", "context_window", "input_modalities", "output_modalities", "modes", "mode_notes", "aliases",
        "access", "parameters", "pricing",
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
        var modeNotes = ModeNotes(map, modes);
        var access = map.String("access", required: false);
        var parameters = map.String("parameters", required: false);
        var pricing = map.String("pricing", required: false);
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
            ["mode_notes"] = modeNotes.Count > 0,
            ["aliases"] = aliases.Count > 0,
            ["access"] = access is not null,
            ["parameters"] = parameters is not null,
            ["pricing"] = pricing is not null,
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
            ModeNotes = modeNotes,
            Access = access,
            Parameters = parameters,
            Pricing = pricing,
            Notes = notes,
            Sources = sources,
            FactPassages = passages,
            Line = map.Position.Line,
        };
        return new Located<Model>(model, map);
    }

    /// <summary><c>mode_notes</c>: a mapping from each described mode (one of <c>modes</c>) to what it does.</summary>
    private static Dictionary<string, string> ModeNotes(YamlMap map, IReadOnlyList<string> modes)
    {
        var notes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (map.Raw("mode_notes") is not { } raw || YamlMap.IsNull(raw))
        {
            return notes;
        }

        if (raw is not YamlDotNet.RepresentationModel.YamlMappingNode mapping)
        {
            map.Error(map.PositionOf("mode_notes"), $"{map.Subject}: 'mode_notes' maps each mode to what it does");
            return notes;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var mode = (key as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "";
            var text = (value as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value;
            if (!modes.Contains(mode, StringComparer.OrdinalIgnoreCase))
            {
                map.Error(map.PositionOf("mode_notes"), $"{map.Subject}: mode_notes describes '{mode}', which is not one of its modes ({string.Join(", ", modes)})");
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                map.Error(map.PositionOf("mode_notes"), $"{map.Subject}: mode_notes gives no description for '{mode}'");
            }
            else
            {
                notes[mode] = text.Trim();
            }
        }

        return notes;
    }
}
