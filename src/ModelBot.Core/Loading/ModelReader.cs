using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of models.yaml.</summary>
internal static class ModelReader
{
    /// <summary>The keys a model may have.</summary>
    public static readonly string[] Keys =
    [
        "id", "name", "aliases", "vendor", "release_date", "weights", "licence", "context_window",
        "input_modalities", "output_modalities", "modes", "mode_notes", "access", "parameters", "pricing", "notes", "sources", "fact_sources",
    ];

    /// <summary>The facts <c>fact_sources</c> may name: every fact key but the id, the name and the lists of sources.</summary>
    public static readonly string[] FactKeys =
    [
        "vendor", "release_date", "weights", "licence", "context_window", "input_modalities", "output_modalities", "modes", "mode_notes", "aliases",
        "access", "parameters", "pricing", "notes",
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
        var modeNotes = ModeNotes(map, modes);
        var access = map.String("access", required: false);
        var parameters = map.String("parameters", required: false);
        var pricing = map.String("pricing", required: false);
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
            ModeNotes = modeNotes,
            Access = access,
            Parameters = parameters,
            Pricing = pricing,
            Notes = notes,
            Sources = sources,
            FactSources = factSources,
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
