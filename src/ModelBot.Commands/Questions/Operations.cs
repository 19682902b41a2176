using System.Text.RegularExpressions;
using ModelBot.Commands.Explain;
using ModelBot.Commands.Gap;
using ModelBot.Commands.ModelLists;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Questions;

/// <summary>
/// The operations a question asks for beyond the names it holds, by the cue words of data/vocabulary.yaml: a gap or
/// ratio between two models on a benchmark, the top N of a board, a list of models by a fact, an explanation of a
/// mode or a benchmark. Null when the question asks none of these, so the plainer readings apply.
/// </summary>
internal static partial class Operations
{
    public static ParsedRequest? Classify(
        string question, string blanked, List<string> models, List<string> benchmarks, TopicTarget? topic, EvaluatorWords? evaluator, CuratedDataset dataset)
    {
        var vocabulary = dataset.Vocabulary;
        var benchmark = benchmarks.Count > 0 ? benchmarks[0] : topic is { BenchmarkIds.Count: 1 } single ? single.BenchmarkIds[0] : null;
        var asksRatio = PhraseFinder.Contains(blanked, vocabulary.OperationWords("ratio"));
        var asksGap = asksRatio || PhraseFinder.Contains(blanked, vocabulary.OperationWords("gap"));
        if (models.Count == 2 && benchmark is not null && asksGap)
        {
            return new GapRequest(models[0], models[1], benchmark, asksRatio) { Evaluator = evaluator };
        }

        if (benchmarks.Count == 1 && TopN().Match(blanked) is { Success: true } top && int.TryParse(top.Groups[1].Value, out var count) && count > 0)
        {
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Top = count };
        }

        var asksExplanation = PhraseFinder.Contains(blanked, vocabulary.OperationWords("explain"));
        if (asksExplanation && benchmarks.Count == 0 && FindMode(question, dataset) is { } mode)
        {
            return new ExplainModeRequest(mode);
        }

        if (asksExplanation && benchmarks.Count == 1 && models.Count == 0 && AsksWhatItIs(blanked))
        {
            return new BenchmarkRequest(benchmarks[0], null) { Explain = true, Evaluator = evaluator };
        }

        if (models.Count == 0 && benchmarks.Count == 0 && topic is null && ModelFieldKeywords.Find(blanked, vocabulary) is { Count: > 0 } fields)
        {
            var order = PhraseFinder.Contains(blanked, vocabulary.OperationWords("largest")) ? ListOrder.Largest
                : PhraseFinder.Contains(blanked, vocabulary.OperationWords("smallest")) ? ListOrder.Smallest
                : ListOrder.None;
            if (order != ListOrder.None || PhraseFinder.Contains(blanked, vocabulary.OperationWords("list")) || AsksWhichModel(blanked))
            {
                return new ModelListRequest(ListField(fields), order);
            }
        }

        return null;
    }

    /// <summary>The fact a list orders or groups by: the most specific one asked ("open source" asks weights and licence).</summary>
    private static ModelField ListField(IReadOnlyList<ModelField> fields)
    {
        foreach (var preferred in (ModelField[])[ModelField.ContextWindow, ModelField.ReleaseDate, ModelField.OutputModalities, ModelField.InputModalities, ModelField.Parameters])
        {
            if (fields.Contains(preferred))
            {
                return preferred;
            }
        }

        return fields[0];
    }

    /// <summary>A mode some model of the dataset has ("Contemplating", "Deep Think"), named in the question.</summary>
    private static string? FindMode(string question, CuratedDataset dataset)
    {
        var modes = dataset.Models.SelectMany(m => m.Modes).Distinct(StringComparer.OrdinalIgnoreCase).Select(m => (m, m));
        var found = PhraseFinder.FindAll(question, modes);
        return found.Count == 0 ? null : found[0].Value;
    }

    private static bool AsksWhatItIs(string blanked) => WhatIsIt().IsMatch(blanked);

    private static bool AsksWhichModel(string blanked) => WhichModel().IsMatch(blanked);

    [GeneratedRegex(@"\btop[\s-]*(\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopN();

    [GeneratedRegex(@"^\s*(what\s+(is|are|does)|what's|explain|define|tell me what)\b|\bmeasures?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIsIt();

    [GeneratedRegex(@"\b(which|what)\s+(models?|llms?|ones?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichModel();
}
