using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of a results/&lt;source-id&gt;.yaml file.</summary>
internal static class ResultReader
{
    /// <summary>The keys a result may have.</summary>
    public static readonly string[] Keys = ["model", "benchmark", "setting", "value", "evaluator", "independent", "passage", "notes", "disputed", "approximate"];

    public static Located<Result>? Read(YamlMap map, string? source, StringPool? strings = null)
    {
        var model = map.String("model", required: false);
        var benchmark = map.String("benchmark", required: false);
        if (model is null || benchmark is null)
        {
            map.Subject = "result";
        }
        else
        {
            map.SetSubject("result for '{0}' on '{1}'", model, benchmark);
        }
        if (model is null)
        {
            map.String("model", required: true);
        }

        if (benchmark is null)
        {
            map.String("benchmark", required: true);
        }

        var setting = map.String("setting", required: true);
        var value = map.Number("value", required: true);
        var evaluator = map.String("evaluator", required: true);
        var independent = map.Boolean("independent", fallback: false);
        var passage = map.Has("passage") ? map.String("passage", required: true) : Missing(map, "passage");
        var notes = map.String("notes", required: false);
        var disputed = map.Boolean("disputed", fallback: false);
        var approximate = map.Boolean("approximate", fallback: false);
        if (disputed && string.IsNullOrWhiteSpace(notes))
        {
            map.Error(map.PositionOf("disputed"), $"{map.Subject} is disputed but has no 'notes' naming the official figure");
        }

        if (model is null || benchmark is null || setting is null || value is null || evaluator is null || passage is null || source is null)
        {
            return null;
        }

        var result = new Result
        {
            Model = strings?.Get(model) ?? model,
            Benchmark = strings?.Get(benchmark) ?? benchmark,
            Setting = strings?.Get(setting) ?? setting,
            Value = value.Value,
            Decimals = WrittenDecimals(map.ScalarText("value")),
            Evaluator = strings?.Get(evaluator) ?? evaluator,
            Independent = independent,
            Source = strings?.Get(source) ?? source,
            Passage = passage,
            Notes = notes,
            Disputed = disputed,
            Approximate = approximate,
            Line = map.Position.Line,
        };
        return new Located<Result>(result, map);
    }

    private static string? Missing(YamlMap map, string key)
    {
        map.Error(map.Position, $"missing {key}: {map.Subject} needs the verbatim '{key}' of its source that states the figure");
        return null;
    }

    /// <summary>Digits after the point in the value as written ("33.0" → 1, "1444" → 0).</summary>
    private static int WrittenDecimals(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            return 0;
        }

        var digits = 0;
        while (point + 1 + digits < text.Length && char.IsAsciiDigit(text[point + 1 + digits]))
        {
            digits++;
        }

        return digits;
    }
}
