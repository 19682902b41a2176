using System.Text.RegularExpressions;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Explain;
using ModelBot.Commands.Gap;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.ModelLists;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.TopicLeaders;
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
        string question, string blanked, List<string> models, List<string> benchmarks, TopicTarget? topic, EvaluatorWords? evaluator, CuratedDataset dataset,
        IReadOnlyList<EvaluatorWords> evaluators)
    {
        var vocabulary = dataset.Vocabulary;
        var benchmark = benchmarks.Count > 0 ? benchmarks[0] : topic is { BenchmarkIds.Count: 1 } single ? single.BenchmarkIds[0] : null;
        var asksRatio = vocabulary.OperationPhrases("ratio").Contains(blanked);
        var asksGap = asksRatio || vocabulary.OperationPhrases("gap").Contains(blanked);
        if (models.Count <= 1 && benchmarks.Count <= 1 && Disagree().IsMatch(blanked))
        {
            // "which numbers disagree between the articles?": the figures the sources give differently.
            return new Disagreements.DisagreementsRequest(models.Count == 1 ? models[0] : null, benchmarks.Count == 1 ? benchmarks[0] : null);
        }

        if (models.Count == 0 && benchmarks.Count == 0 && topic is null && OpenWords().IsMatch(blanked) && !ClosedWords().IsMatch(blanked)
            && BestOverall().IsMatch(blanked))
        {
            // "what's the best open-weights model?": the leaders among open-weight models on every benchmark they have figures on.
            return new TopicLeadersRequest(TopicTarget.OfBenchmarks("", [.. dataset.Benchmarks.Select(b => b.Id)]), OpenWeightsOnly: true) { Evaluator = evaluator };
        }

        if (benchmarks.Count == 0 && models.Count == 0 && ModeWord().IsMatch(blanked) && DescribedMode(question, dataset) is { } describedMode)
        {
            // "which lab's reasoning mode uses parallel sub-agents?": the mode whose description the question quotes.
            return new ExplainModeRequest(describedMode);
        }

        if (models.Count == 2 && benchmark is not null && asksGap)
        {
            var setting = SettingPhrases.Extract(question).Setting;
            var tools = setting is null ? null : setting.Contains(SettingPhrases.WithTools, StringComparison.OrdinalIgnoreCase) ? SettingPhrases.WithTools
                : setting.Contains(SettingPhrases.NoTools, StringComparison.OrdinalIgnoreCase) ? SettingPhrases.NoTools : null;
            return new GapRequest(models[0], models[1], benchmark, asksRatio) { Evaluator = evaluator, Setting = tools };
        }

        if (benchmarks.Count >= 1 && models.Count <= 1 && ToolsGain().IsMatch(question))
        {
            // "how much do tools help Opus 4.6 on HLE?", "who gains the most from tools on HLE?"
            return new Lookup.ToolsGainRequest(benchmarks[0], models.Count == 1 ? models[0] : null);
        }

        if (benchmarks.Count >= 1 && models.Count == 0 && Position(blanked) is { } place)
        {
            // "which model is third on Terminal-Bench?"
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Place = place };
        }

        if (benchmarks.Count >= 1 && models.Count == 0 && Spread().IsMatch(blanked))
        {
            // "spread between the best and worst on GPQA Diamond"
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Spread = true };
        }

        if (models.Count == 1 && benchmarks.Count == 0 && topic is null && LastPlace().IsMatch(blanked))
        {
            // "where is Muse Spark dead last?", "what does Gemini 3.1 Pro come last on?"
            return new ModelLeadsRequest(models[0], null) { Last = true };
        }

        if (models.Count == 2 && benchmarks.Count == 0 && WinsQuestion().IsMatch(blanked))
        {
            // "on which benchmarks does Gemini 3.1 Pro beat GPT-5.4?": the rows the first-named model wins, listed.
            return new CompareRequest(models.ConvertAll(id => new ModelArgument(id, MayHoldSeveral: false)), Topic: topic) { WinsOf = models[0], Evaluator = evaluator };
        }

        if (models.Count == 1 && benchmarks.Count == 0 && FallsBehind().IsMatch(blanked))
        {
            // "where does Muse Spark fall behind?", "what are its weaknesses on coding?"
            return new ModelLeadsRequest(models[0], topic) { Behind = true, Evaluator = evaluator };
        }

        if (benchmarks.Count >= 1 && models.Count == 0 && TopCount(blanked) is { } count)
        {
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Top = count };
        }

        if (benchmarks.Count >= 1 && models.Count == 0 && BottomCount(blanked, dataset.BenchmarksById[benchmarks[0]]) is { } last)
        {
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Bottom = last };
        }

        if ((models.Count > 0 || benchmarks.Count > 0 || Provenance().IsMatch(blanked)) && QuotedValues(blanked, models, benchmarks, dataset) is { Count: > 0 } values)
        {
            // "who measured Muse Spark's 39.9 on HLE?", "is it 41.2 or 40.1?": the figures themselves, with their provenance.
            return new Lookup.FigureLookupRequest(values, models, benchmarks) { Decimals = DecimalValues(blanked), Setting = SettingPhrases.Extract(question).Setting };
        }

        if (evaluators.Count >= 2 && models.Count == 1 && benchmarks.Count == 1)
        {
            return new Lookup.EvaluatorGapRequest(evaluators, models[0], benchmarks[0]);
        }

        if (models.Count == 0 && benchmarks.Count == 0 && MostLeads().IsMatch(blanked))
        {
            // "which model has the most first places (in Meta's table)?": the leaders of every benchmark, counted.
            var every = TopicTarget.OfBenchmarks(evaluator is null ? "dataset" : evaluator.Source is not null ? "official-table" : evaluator.Evaluator, [.. dataset.Benchmarks.Select(b => b.Id)]);
            return new TopicLeadersRequest(every) { Evaluator = evaluator };
        }

        if (models.Count == 1 && benchmarks.Count == 0 && CountQuestion().IsMatch(blanked) && LeaderWords.Contains(blanked))
        {
            // "how many benchmarks does Muse Spark lead (in the official table)?"
            return new ModelLeadsRequest(models[0], topic) { Evaluator = evaluator };
        }

        if (models.Count == 0 && benchmarks.Count == 0 && FiguresList().Match(blanked) is { Success: true } withFigures)
        {
            // "which models have no published benchmark scores?", "which open-weights models have benchmark numbers?"
            return new Lookup.FiguresListRequest(!NoFigures().IsMatch(blanked), OpenWords().IsMatch(blanked)) { Vendor = Vendor(question, dataset) };
        }

        if (CountQuestion().Match(blanked) is { Success: true } howMany && benchmarks.Count == 0)
        {
            // "how many models does Meta's official table compare?", "how many benchmarks does Muse Spark have figures on?"
            return new Lookup.CountRequest(howMany.Groups[1].Value.StartsWith("bench", StringComparison.OrdinalIgnoreCase), evaluator, models.Count == 1 ? models[0] : null);
        }

        if (benchmarks.Count >= 1 && WhoMeasured().IsMatch(blanked))
        {
            // "who ran the HealthBench Hard numbers?": the evaluators, not the ranking.
            return new Lookup.WhoMeasuredRequest(benchmarks[0], models.Count == 1 ? models[0] : null);
        }

        if (benchmarks.Count == 0 && models.Count >= 1 && WhoMeasured().IsMatch(blanked))
        {
            // "who evaluated the Gemma 4 vs Llama 4 numbers?": who measured each figure of those models.
            return new Lookup.WhoMeasuredRequest(null, null) { Models = models };
        }

        if (evaluator is not null && benchmarks.Count == 0 && models.Count == 1 && LeaderWords.Contains(blanked))
        {
            // "does Muse Spark lead anything in the agentic section of Meta's table?"
            return new ModelLeadsRequest(models[0], topic) { Evaluator = evaluator };
        }

        if (evaluator is not null && benchmarks.Count == 0 && (models.Count == 1 || (models.Count == 0 && EvaluatorFigureWords().IsMatch(question))))
        {
            // "what are Meta's official numbers?"; not "what's Meta's 2026 capex?", which asks nothing of the figures.
            return new Lookup.EvaluatorFiguresRequest(evaluator, models.Count == 1 ? models[0] : null);
        }

        var asksExplanation = vocabulary.OperationPhrases("explain").Contains(blanked);
        if (asksExplanation && benchmarks.Count == 0 && FindMode(question, dataset) is { } mode)
        {
            return new ExplainModeRequest(mode);
        }

        if (asksExplanation && benchmarks.Count >= 2 && models.Count == 0)
        {
            // "what's the difference between LiveCodeBench Pro and LiveCodeBench v6?": what each measures.
            return new BenchmarkListRequest { Only = benchmarks };
        }

        if (asksExplanation && benchmarks.Count == 1 && models.Count == 0 && AsksWhatItIs(blanked))
        {
            return new BenchmarkRequest(benchmarks[0], null) { Explain = true, Evaluator = evaluator };
        }

        var asksList = vocabulary.OperationPhrases("list").Contains(blanked) || AsksWhichModel(blanked);
        if (models.Count == 0 && benchmarks.Count == 0 && asksList && (Vendor(question, dataset) ?? UnknownVendor(question)) is { } vendor)
        {
            // "which google models do you have?", "which models does meta make?"
            return new ModelListRequest(ModelField.Vendor, ListOrder.None) { Value = vendor };
        }

        if (models.Count == 0 && benchmarks.Count == 0 && topic is null && ListsModels().IsMatch(blanked) && ModelFieldKeywords.Find(blanked, vocabulary).Count == 0)
        {
            // "which models do you know?", "list all models": every model, by vendor.
            return new ModelListRequest(ModelField.Vendor, ListOrder.None);
        }

        if (models.Count == 0 && benchmarks.Count == 0 && ListsBenchmarks().IsMatch(blanked))
        {
            return new BenchmarkListRequest();
        }

        if (models.Count == 0 && benchmarks.Count >= 1 && ModelsWithFigures().IsMatch(blanked) && !LeaderWords.Contains(blanked))
        {
            // "which models have figures on HealthBench Hard?": every entrant, not a leader.
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Top = BenchmarkRequest.Everyone };
        }

        var fields = ModelFieldKeywords.Find(blanked, vocabulary);
        var modality = fields.Any(f => f is ModelField.OutputModalities or ModelField.InputModalities);
        if (models.Count == 0 && benchmarks.Count == 0 && (topic is null || modality || fields.Contains(ModelField.Modes)) && fields.Count > 0)
        {
            var order = vocabulary.OperationPhrases("largest").Contains(blanked) ? ListOrder.Largest
                : vocabulary.OperationPhrases("smallest").Contains(blanked) ? ListOrder.Smallest
                : ListOrder.None;
            if (order != ListOrder.None || asksList)
            {
                var field = ListField(fields);
                return new ModelListRequest(field, order) { Value = WantedValue(field, blanked) };
            }
        }

        if (models.Count == 0 && benchmarks.Count == 0 && DescribedModels().Match(blanked) is { Success: true } described
            && !vocabulary.TopicPhrases.Contains(described.Groups["w"].Value)
            && dataset.Models.Any(m => Lookup.NoteSearch.Mentions(m, described.Groups["w"].Value)))
        {
            // "which Chinese models are mentioned?": the models the sources describe so.
            return new Lookup.DescribedModelsRequest(described.Groups["w"].Value);
        }

        return null;
    }

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6,
    };

    /// <summary>"third on", "2nd place": the place asked for, or null.</summary>
    private static int? Position(string blanked)
    {
        var match = Place().Match(blanked);
        return match.Success && Ordinals.TryGetValue(match.Groups[1].Value, out var place) ? place : null;
    }

    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["ten"] = 10,
    };

    /// <summary>"top 3", "top three", "the 3 best models": how many places, or null.</summary>
    private static int? TopCount(string blanked)
    {
        var match = TopN().Match(blanked);
        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return int.TryParse(text, out var number) ? number is > 0 and < 100 ? number : null : Counts.GetValueOrDefault(text) is > 0 and var word ? word : null;
    }

    /// <summary>
    /// "which model is last", "lowest score", "bottom 2": how many of the worst places, or null. Worst honours the
    /// benchmark's direction: on output tokens "the most tokens" is the worst place and "the fewest" the best.
    /// </summary>
    private static int? BottomCount(string blanked, Benchmark benchmark)
    {
        var match = Bottom().Match(blanked);
        if (match.Success)
        {
            return match.Groups[1].Success && int.TryParse(match.Groups[1].Value, out var number) ? number
                : match.Groups[2].Success && Counts.TryGetValue(match.Groups[2].Value, out var word) ? word : 1;
        }

        var worst = benchmark.Direction == Direction.LowerIsBetter ? WorstWhenLowerIsBetter() : WorstWhenHigherIsBetter();
        return worst.IsMatch(blanked) ? 1 : null;
    }

    private static List<double> DecimalValues(string blanked) =>
        [.. Number().Matches(blanked).Where(m => m.Value.Contains('.')).Select(m => double.Parse(m.Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The numbers a question quotes that are figures of the named models or benchmarks ("39.9"), or empty.</summary>
    private static List<double> QuotedValues(string blanked, List<string> models, List<string> benchmarks, CuratedDataset dataset)
    {
        var values = new List<double>();
        foreach (Match match in Number().Matches(blanked))
        {
            if (!double.TryParse(match.Value.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var isFigure = dataset.Results.Any(r => Lookup.LookupAnswerBuilder.Quotes(value, r.Value, !match.Value.Contains('.'))
                && (models.Count == 0 || models.Contains(r.Model)) && (benchmarks.Count == 0 || benchmarks.Contains(r.Benchmark)));
            // A decimal that is no figure ("did it get 77.1?") is still quoted, to be answered "no such figure" and where it is
            // from; a version after a name ("gemeni 3.1 pro") is not.
            if (isFigure || (match.Value.Contains('.') && QuotingWord().IsMatch(blanked[..match.Index])))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static readonly PhraseSet<bool> LeaderWords = new(((string[])["best", "lead", "leads", "leader", "top", "highest", "strongest", "wins", "first", "lead anything", "win"]).Select(w => (w, true)));

    /// <summary>A vendor of some model of the dataset named in the question ("google", "Meta's"), or null.</summary>
    private static string? Vendor(string blanked, CuratedDataset dataset)
    {
        // The dataset's makers, each once: gathered once per dataset version, not from every model per question.
        var found = dataset.VendorPhrases.FindAll(blanked);
        return found.Count == 0 ? null : found[0].Value;
    }

    /// <summary>"which models are made by xAI?": a maker the dataset names for no model, to be answered "none".</summary>
    private static string? UnknownVendor(string question) => MadeBy().Match(question) is { Success: true } match ? match.Groups["v"].Value : null;

    /// <summary>The value a list by <paramref name="field"/> is limited to ("open" weights, "image" output), or null for all.</summary>
    private static string? WantedValue(ModelField field, string blanked) => field switch
    {
        ModelField.Weights when ClosedWords().IsMatch(blanked) => "closed",
        ModelField.Weights when OpenWords().IsMatch(blanked) => "open",
        ModelField.OutputModalities or ModelField.InputModalities => ModalityWords().Match(blanked) is { Success: true } m
            ? m.Value.ToLowerInvariant() switch { var w when w.StartsWith("imag") || w.StartsWith("pict") => "image", var w when w.StartsWith("voice") || w.StartsWith("speech") || w.StartsWith("audio") => "audio", var w when w.StartsWith("vid") => "video", _ => "text" }
            : null,
        _ => null,
    };

    /// <summary>The fact a list orders or groups by: the most specific one asked ("open source" asks weights and licence).</summary>
    private static ModelField ListField(IReadOnlyList<ModelField> fields)
    {
        foreach (var preferred in (ModelField[])[ModelField.ContextWindow, ModelField.ReleaseDate, ModelField.OutputModalities, ModelField.InputModalities, ModelField.Parameters, ModelField.Modes])
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
        var found = dataset.ModePhrases.FindAll(question);
        return found.Count == 0 ? null : found[0].Value;
    }

    /// <summary>
    /// The mode whose description in the data shares the most distinctive words with the question (at least two:
    /// "parallel", "sub-agents"), or null.
    /// </summary>
    private static string? DescribedMode(string question, CuratedDataset dataset)
    {
        var asked = DescriptiveWords(question);
        string? best = null;
        var bestShared = 1;
        foreach (var model in dataset.Models)
        {
            foreach (var (mode, note) in model.ModeNotes)
            {
                var shared = DescriptiveWords(note).Intersect(asked, StringComparer.OrdinalIgnoreCase).Count();
                if (shared > bestShared)
                {
                    (best, bestShared) = (mode, shared);
                }
            }
        }

        return best;
    }

    private static HashSet<string> DescriptiveWords(string text) =>
        [.. DescriptiveWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 6 && w is not "models" and not "reasoning" and not "thinking")];

    private static bool AsksWhatItIs(string blanked) => WhatIsIt().IsMatch(blanked);

    private static bool AsksWhichModel(string blanked) => WhichModel().IsMatch(blanked);
}
