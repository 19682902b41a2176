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
        var asksRatio = PhraseFinder.Contains(blanked, vocabulary.OperationWords("ratio"));
        var asksGap = asksRatio || PhraseFinder.Contains(blanked, vocabulary.OperationWords("gap"));
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

        if (models.Count == 1 && benchmarks.Count == 0 && CountQuestion().IsMatch(blanked) && PhraseFinder.Contains(blanked, LeaderWords))
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

        if (evaluator is not null && benchmarks.Count == 0 && models.Count == 1 && PhraseFinder.Contains(blanked, LeaderWords))
        {
            // "does Muse Spark lead anything in the agentic section of Meta's table?"
            return new ModelLeadsRequest(models[0], topic) { Evaluator = evaluator };
        }

        if (evaluator is not null && benchmarks.Count == 0 && (models.Count == 1 || (models.Count == 0 && EvaluatorFigureWords().IsMatch(question))))
        {
            // "what are Meta's official numbers?"; not "what's Meta's 2026 capex?", which asks nothing of the figures.
            return new Lookup.EvaluatorFiguresRequest(evaluator, models.Count == 1 ? models[0] : null);
        }

        var asksExplanation = PhraseFinder.Contains(blanked, vocabulary.OperationWords("explain"));
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

        var asksList = PhraseFinder.Contains(blanked, vocabulary.OperationWords("list")) || AsksWhichModel(blanked);
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

        if (models.Count == 0 && benchmarks.Count >= 1 && ModelsWithFigures().IsMatch(blanked) && !PhraseFinder.Contains(blanked, LeaderWords))
        {
            // "which models have figures on HealthBench Hard?": every entrant, not a leader.
            return new BenchmarkRequest(benchmarks[0], SettingPhrases.Extract(question).Setting) { Evaluator = evaluator, Top = BenchmarkRequest.Everyone };
        }

        var fields = ModelFieldKeywords.Find(blanked, vocabulary);
        var modality = fields.Any(f => f is ModelField.OutputModalities or ModelField.InputModalities);
        if (models.Count == 0 && benchmarks.Count == 0 && (topic is null || modality || fields.Contains(ModelField.Modes)) && fields.Count > 0)
        {
            var order = PhraseFinder.Contains(blanked, vocabulary.OperationWords("largest")) ? ListOrder.Largest
                : PhraseFinder.Contains(blanked, vocabulary.OperationWords("smallest")) ? ListOrder.Smallest
                : ListOrder.None;
            if (order != ListOrder.None || asksList)
            {
                var field = ListField(fields);
                return new ModelListRequest(field, order) { Value = WantedValue(field, blanked) };
            }
        }

        if (models.Count == 0 && benchmarks.Count == 0 && DescribedModels().Match(blanked) is { Success: true } described
            && !PhraseFinder.Contains(described.Groups["w"].Value, vocabulary.Topics.SelectMany(t => t.Words))
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

    [GeneratedRegex(@"\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b(?!\s+(?:article|source|mode))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(where|who|which|source|provenance|come from|comes from|cited|measured)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Provenance();

    [GeneratedRegex(@"\bmost\s+(first\s+places|wins|leads|top\s+spots|number\s+ones?)\b|\b(leads|wins|tops)\s+the\s+most\b|\bmost\s+benchmarks\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MostLeads();

    [GeneratedRegex(@"\b(which|what|list|any)\b.*\bmodels?\b.*\b((?<no>no|without)\s+)?(published\s+|any\s+)?(benchmark\s+)?(scores|numbers|figures|results)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiguresList();

    [GeneratedRegex(@"\b(no|without|lack|lacking|missing|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoFigures();

    [GeneratedRegex(@"\bhow\s+many\s+(models|benchmarks|llms)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"\btools?\s+(help|helps|add|adds|boost|boosts|improve|improves|gain)\b|\b(gain|gains|benefit|benefits|improve|improves)\w*\s+(the\s+)?(most\s+)?from\s+(using\s+)?tools\b|\bwhat\s+do\s+tools\s+add\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToolsGain();

    [GeneratedRegex(@"\b(spread|range)\b|\bbest and (the )?worst\b|\bbetween (the )?(top|best|first) and (the )?(bottom|worst|last)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spread();

    [GeneratedRegex(@"\bwho\s+(ran|run|runs|measured|measures|evaluated|evaluates|tested|reported|benchmarked)\b|\bwhich\s+(evaluator|lab)\b|\bwho\s+did\s+the\b|\bwhere\s+do(es)?\s+the\s+(numbers|figures)\s+come\s+from\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoMeasured();

    [GeneratedRegex(@"\b(last|worst|bottom|weakest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastPlace();

    [GeneratedRegex(@"\b(falls?|fell|falling|lags?|lagging|trails?|trailing)\s+behind\b|\b(trails?|trailing|lags?|lagging)\b|\bweak(ness|nesses|\s+spots?|\s+points?)\b|\b(where|what)\b.*\b(is|does)\b.*\b(bad|worse|weak|struggle|struggles)\b|\bbehind\s+the\s+(competition|others|leaders?|rest)\b|\bhow\s+far\b.*\b(from|behind|off)\s+the\s+(frontier|leaders?|top|best|state\s+of\s+the\s+art|sota)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FallsBehind();

    [GeneratedRegex(@"(\b(which|what)\s+(benchmarks?|tests?|evals?|rows?|areas?|tasks?)\b|\bwhere\b|\bon\s+(which|what)\b).*\b(beat|beats|outperforms?|outscores?|better\s+than|ahead\s+of|wins?\s+(over|against)|edges?\s+out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WinsQuestion();

    [GeneratedRegex(@"\b(figures?|numbers?|scores?|results?|table|tables|benchmarks?|measured?|measures|evaluat\w*|tested|reported?|reports|gives?|gave|says?|said|shows?|list|claims?|published|everything|all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatorFigureWords();

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

    [GeneratedRegex(@"\b(?:bottom|last|worst)[\s-]*(?:(\d{1,2})|(two|three|four|five))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bottom();

    [GeneratedRegex(@"\b(lowest|least|weakest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorstWhenHigherIsBetter();

    [GeneratedRegex(@"\b(most|highest|largest|biggest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorstWhenLowerIsBetter();

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

    [GeneratedRegex(@"(\b(got|get|gets|scored|scores|score|at|of|is|was|be|it|reach|reached|hit|hits|with|only|just|a|an|the|or|and|than|gave|gives|says|say|said|shows|show|reported|really|exactly|not)|the|['’]s|[:=])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotingWord();

    [GeneratedRegex(@"(?<![\w.-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w.%-]*[a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    private static readonly string[] LeaderWords = ["best", "lead", "leads", "leader", "top", "highest", "strongest", "wins", "first", "lead anything", "win"];

    /// <summary>A vendor of some model of the dataset named in the question ("google", "Meta's"), or null.</summary>
    private static string? Vendor(string blanked, CuratedDataset dataset)
    {
        // The dataset's makers, each once: gathered once per dataset version, not from every model per question.
        var vendors = Vendors.GetValue(dataset, d => [.. d.Models.Select(m => m.Vendor).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Select(v => (v, v))]);
        var found = PhraseFinder.FindAll(blanked, vendors);
        return found.Count == 0 ? null : found[0].Value;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CuratedDataset, (string, string)[]> Vendors = [];

    [GeneratedRegex(@"\b(?:which|what|any|list)\s+(?:the\s+)?(?<w>[A-Za-z]{4,})\s+models\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescribedModels();

    /// <summary>"which models are made by xAI?": a maker the dataset names for no model, to be answered "none".</summary>
    private static string? UnknownVendor(string question) => MadeBy().Match(question) is { Success: true } match ? match.Groups["v"].Value : null;

    [GeneratedRegex(@"\b(?:made|built|developed|released)\s+by\s+(?<v>(?!the\b|a\b)[A-Za-z][\w.-]+)|\bwhich\s+(?<v>[A-Z][\w.-]+)\s+models\b", RegexOptions.CultureInvariant)]
    private static partial Regex MadeBy();

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

    [GeneratedRegex(@"\b(closed|proprietary|locked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedWords();

    [GeneratedRegex(@"\bopen(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenWords();

    [GeneratedRegex(@"\b(images?|pictures?|voice|speech|audio|video|text)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModalityWords();

    [GeneratedRegex(@"\b(which|what|list|all|any)\s+(the\s+)?models\b(?!.*\b(fewest|most|least|lowest|highest|best|top|leads?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModelsWithFigures();

    [GeneratedRegex(@"^\s*(list|show)(\s+me)?(\s+all)?(\s+the)?\s+models\b|\b(which|what)\s+models\s+(do you|are in|does the dataset|are there)\b|\ball (the )?models\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListsModels();

    [GeneratedRegex(@"^\s*(list|show)(\s+me)?(\s+all)?(\s+the)?\s+benchmarks\b|\b(which|what)\s+benchmarks\s+(do you|are in|does the dataset|are there|are covered)\b|\ball (the )?benchmarks\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListsBenchmarks();

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
        var modes = dataset.Modes.Select(m => (m, m));
        var found = PhraseFinder.FindAll(question, modes);
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

    [GeneratedRegex(@"[A-Za-z][A-Za-z-]+", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptiveWord();

    [GeneratedRegex(@"\bmodes?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModeWord();

    [GeneratedRegex(@"\b(best|top|strongest|leading|leads?|strongest|most\s+capable|smartest|pick|recommend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BestOverall();

    [GeneratedRegex(@"\b(disagree\w*|conflict(s|ing)?|contradict\w*|discrepanc\w+|inconsisten\w+|mismatch\w*|(don't|do\s+not|doesn't|does\s+not)\s+(match|agree)|differ(s|ent)?\s+(between|across|among)\s+(the\s+)?(articles|sources))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disagree();

    private static bool AsksWhatItIs(string blanked) => WhatIsIt().IsMatch(blanked);

    private static bool AsksWhichModel(string blanked) => WhichModel().IsMatch(blanked);

    [GeneratedRegex(@"\btop[\s-]*(\d{1,2}|one|two|three|four|five|six|ten)\b|\b(\d{1,2}|two|three|four|five|six|ten)\s+(?:best|top|highest|strongest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopN();

    [GeneratedRegex(@"^\s*((what|wtf)\s+(is|are|does)|what's|wtf's|whats|explain|define|tell me what)\b|\bmeasures?\b|\btests?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIsIt();

    [GeneratedRegex(@"\b(which|what|any|list|all)\s+(\w+\s+){0,2}(models?|llms?|ones?)\b|\bmodels\s+(do|does|have|are|with|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichModel();
}
