using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.TopicLeaders;
using ModelBot.Core.Names;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Questions;

/// <summary>
/// Routes a free-text question (/ask, @mentions) to a command by the names it mentions and a few keywords, no ML:
/// a model fact ("is Muse Spark open source?"), a leaderboard ("which model leads ARC-AGI-2?"), a comparison
/// ("muse spark vs gpt 5.4"), a profile ("tell me about gpt-5.4"), or by topic: who leads ("best model for medical
/// questions"), a comparison on a topic ("which is better at coding, a or b?") and where a model leads ("what
/// benchmarks does Muse Spark lead?"). When it cannot tell, it says what it can answer.
/// </summary>
public sealed partial class QuestionClassifier
{
    private static readonly string[] LeaderWords =
    [
        "lead", "leads", "leader", "leading", "best", "top", "highest", "lowest", "fewest", "least", "most", "first",
        "win", "wins", "winning", "rank", "ranks", "ranking", "ranked", "leaderboard", "strongest", "beat", "beats", "outperform", "outperforms",
    ];

    /// <summary>Words that ask how well models do, so a topic word next to them ("better at vision") is a topic, not a fact.</summary>
    private static readonly string[] PerformanceWords =
    [
        "better", "worse", "good", "great", "strong", "stronger", "weak", "weaker", "compare", "compared", "comparison",
        "vs", "versus", "perform", "performs", "performance", "should", "recommend", "recommended", "choose", "pick", "suitable",
        "use", "using", "fit",
    ];

    /// <summary>Words that limit "best model for coding" to models with open weights ("best open model", "open-source").</summary>
    private static readonly string[] OpenWords = ["open", "opensource"];

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "which", "when", "where", "who", "whom", "whose", "does", "how", "the", "that", "this", "with", "from",
        "about", "tell", "model", "models", "benchmark", "benchmarks", "best", "leads", "lead", "score", "scores",
        "compare", "compared", "versus", "better", "than", "have", "has", "there", "their", "they", "please", "show",
        "most", "least", "fewest", "highest", "lowest", "uses", "use", "open", "source", "release", "released",
    };

    // Words that start a benchmark's name but in a question mean something else ("the best in general").
    private static readonly HashSet<string> NotBenchmarkStarts = new(StringComparer.OrdinalIgnoreCase) { "general", "output", "tokens" };

    // Short words a leader question wraps its subject in ("who is top on X", "best at X").
    private static readonly HashSet<string> SubjectFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "on", "at", "in", "for", "of", "the", "a", "an", "who", "are", "was", "model", "models", "right", "now", "currently",
    };

    // What separates and surrounds the words of a question when looking for the start of a benchmark's name.
    private const string WordSeparators = " ,?!;:\"()";
    private const string WordTrim = ".'’";

    private readonly CommandCatalog _catalog;

    /// <summary>Creates the classifier; the catalog supplies example questions for answers that cannot be placed.</summary>
    public QuestionClassifier(CommandCatalog catalog) => _catalog = catalog;

    /// <summary>Decides what the question asks, resolving names with <paramref name="names"/>.</summary>
    public ParsedRequest Classify(string question, NameResolver names, Core.Dataset.CuratedDataset dataset)
    {
        var parsed = ClassifyWithSpelling(question, names, dataset);
        // "which numbers disagree between the sources?" asks for the disagreements, not for the list of sources.
        return AsksSource().IsMatch(question) && parsed is not InvalidRequest and not Disagreements.DisagreementsRequest ? parsed with { AsksSource = true } : parsed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:open|closed)[ -])\b(sources?|articles?|provenance|comes? from|cite|citation|citations|where does (it|that) (say|come from)|according to (what|which)|who says)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksSource();

    private ParsedRequest ClassifyWithSpelling(string question, NameResolver names, Core.Dataset.CuratedDataset dataset)
    {
        // A plausible misspelling of a name is read as that name first ("livecodebench pro muse sprk"): otherwise the
        // rest of the question would be answered without it.
        question = Misspellings.Reorder(question, names);
        if (Misspellings.Correct(LeadingMentions.Strip(question), names, dataset.Vocabulary) is var (fixedText, fixedNote)
            && ClassifyOnce(fixedText, names, dataset) is var fixedParse and not InvalidRequest and not Lookup.NoteRequest { Model: null })
        {
            return fixedParse with { Assumption = fixedParse.Assumption is null ? fixedNote : fixedParse.Assumption + " " + fixedNote };
        }

        var parsed = ClassifyOnce(question, names, dataset);
        if (parsed is InvalidRequest or ModelRequest or Lookup.NoteRequest { Model: null } && Misspellings.Correct(LeadingMentions.Strip(question), names, dataset.Vocabulary) is var (corrected, assumption))
        {
            // "deepseachqa", "muse sprak vs gpt 5.4": one plausible misspelling of a name, read as that name and said so.
            var retried = ClassifyOnce(corrected, names, dataset);
            if (retried is not InvalidRequest and not Lookup.NoteRequest { Model: null })
            {
                return retried with { Assumption = assumption };
            }
        }

        return parsed;
    }

    private ParsedRequest ClassifyOnce(string question, NameResolver names, Core.Dataset.CuratedDataset dataset)
    {
        string? assumption = null;
        var parsed = ClassifyCore(question, names, dataset, ref assumption);
        return assumption is null || parsed is InvalidRequest ? parsed : parsed with { Assumption = assumption };
    }

    private ParsedRequest ClassifyCore(string question, NameResolver names, Core.Dataset.CuratedDataset dataset, ref string? assumption)
    {
        var vocabulary = dataset.Vocabulary;
        question = LeadingMentions.Strip(question);
        if (question.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c)))
        {
            // "?", "@ModelBot ???": nothing asked yet; say what can be asked.
            return new HelpRequest(null);
        }

        var mentions = names.FindMentions(question);
        var models = new List<string>(2);
        var benchmarks = new List<string>(1);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (IsAmbiguous(mentions, i))
            {
                return Ambiguous(mentions, i);
            }

            if (mention.Kind == MentionKind.Benchmark && BenchmarkVariantCheck.Check(question, mention.Start, mention.Text, mention.Id, names) is { } variant)
            {
                // "Gemma 4 got 89.2 on AIME 2025?": the quoted figure is the other variant's; checked there, and said so.
                if (!QuotesFigureOf(question, mention.Id, dataset))
                {
                    return variant;
                }

                assumption = $"(The dataset has {dataset.BenchmarksById[mention.Id].Name}, not '{question.Substring(mention.Start, Math.Min(question.Length - mention.Start, mention.Text.Length + 5)).Trim()}'.)";
            }

            var ids = mention.Kind == MentionKind.Model ? models : benchmarks;
            if (!ids.Contains(mention.Id))
            {
                ids.Add(mention.Id);
            }
        }

        // "output tokens for the intelligence index": a benchmark whose name holds another's ("Output tokens to run the
        // Artificial Analysis Intelligence Index v4.0") is the one asked about; the inner name only describes it.
        benchmarks.RemoveAll(inner => benchmarks.Any(outer => outer != inner
            && dataset.BenchmarksById[outer].Name.Contains(dataset.BenchmarksById[inner].Name, StringComparison.OrdinalIgnoreCase)));

        // The question with every found name blanked out, position for position.
        var blanked = Blank(question, mentions);
        var namesBlanked = blanked;
        foreach (var mode in dataset.ModePhrases.FindAll(blanked))
        {
            // "Deep Think" is a mode, not the start of "Deep Search QA".
            blanked = PhraseBlank(blanked, mode.Start, mode.Length);
        }

        if (UnknownModel(blanked, names) is { } unknownModel)
        {
            // "how good is llama 5?", "llama 3 vs llama 4": a version the dataset lacks is named, never dropped.
            return unknownModel;
        }

        if (UnknownComparedModel(blanked, names, models, dataset) is { } unknownCompared)
        {
            return unknownCompared;
        }

        // "opus" (4.6 or 4.7), "opus vs gpt": each family word read as the model with figures on what was asked, said so.
        for (var guard = 0; guard < 4 && AmbiguousFamily(blanked, names, dataset, models, benchmarks) is var (familyStart, familyLength, familyId, familyNote); guard++)
        {
            models.Insert(Math.Min(models.Count, mentions.Count(m => m.Kind == MentionKind.Model && m.Start < familyStart && models.Contains(m.Id))), familyId);
            assumption = familyNote is null ? assumption : assumption is null ? familyNote : assumption + " " + familyNote;
            blanked = PhraseBlank(blanked, familyStart, familyLength);
        }

        if (models.Count > 0 && benchmarks.Count == 0 && OnWord().Match(blanked) is { Success: true } on
            && names.ResolveBenchmark(on.Groups[1].Value.TrimEnd('.', '?', '!')) is { IsFound: true } onBenchmark
            && !TopicKeywords.IsTopicWord(on.Groups[1].Value.TrimEnd('.', '?', '!'), vocabulary))
        {
            // "avocado vs gpt 5.4 on arc": the start of one benchmark's name after "on" names it.
            benchmarks.Add(onBenchmark.Value.Id);
            blanked = PhraseBlank(blanked, on.Groups[1].Index, on.Groups[1].Length);
        }

        if (models.Count > 0 && benchmarks.Count == 0 && UnknownBenchmark(blanked, names, vocabulary) is { } unknownBenchmark)
        {
            return unknownBenchmark;
        }

        var topicMatch = TopicKeywords.FindMatch(blanked, vocabulary);
        if (TopicKeywords.FindAll(blanked, vocabulary) is { Count: > 1 } topics && benchmarks.Count == 0 && JoinedTopics(blanked, topics))
        {
            // "web research, charts and science": every topic named, its benchmarks together.
            var ids = topics.SelectMany(t => t.Value.Resolve(dataset)).Select(b => b.Id).Distinct().ToArray();
            topicMatch = new PhraseMatch<TopicTarget>(topics[0].Start, topics[0].Length, topics[0].Phrase,
                TopicTarget.OfBenchmarks(string.Join(", ", topics.Select(t => t.Value.Label).Distinct()), ids));
        }

        var evaluator = EvaluatorFilter.Find(blanked, vocabulary);
        var evaluators = EvaluatorFilter.FindAll(blanked, vocabulary);
        foreach (var named in evaluators)
        {
            // "according to Artificial Analysis": the evaluator's name is no benchmark or topic word.
            blanked = PhraseBlank(blanked, named.Start, named.Length);
            topicMatch = TopicKeywords.FindMatch(blanked, vocabulary);
        }

        if (benchmarks.Count == 0 && models.Count <= 1 && ShortBenchmarkName(topicMatch is { } t ? PhraseBlank(blanked, t.Start, t.Length) : blanked, names, vocabulary) is var (shortName, start, length))
        {
            // "who leads gpqa?", "how does gemma 4 do on aime?": the start of one benchmark's name, as /benchmark takes it.
            if (BenchmarkVariantCheck.Check(question, start, question.Substring(start, length), shortName, names) is { } variant)
            {
                return variant;
            }

            benchmarks.Add(shortName);
        }

        if (benchmarks.Count == 0 && ShortBenchmarkNames(blanked, names, vocabulary) is { Count: 2 } pair && pair[0].Id != pair[1].Id
            && ListJoint().IsMatch(question[(pair[0].Start + pair[0].Length)..pair[1].Start]))
        {
            // "a vs b on GDPval and Terminal-Bench": two short names listed together name two benchmarks.
            foreach (var (id, at, span) in pair)
            {
                benchmarks.Add(id);
                blanked = PhraseBlank(blanked, at, span);
            }
        }

        if (benchmarks.Count >= 1 && ShortBenchmarkName(blanked, names, vocabulary) is var (joinedId, joinedStart, joinedLength)
            && !benchmarks.Contains(joinedId) && JoinedToBenchmark(question, joinedStart, joinedLength, mentions))
        {
            // "on GDPval and Terminal-Bench", "swe-bench verified and tau2": a short name listed beside a full one is a benchmark too.
            benchmarks.Insert(mentions.Count(m => m.Kind == MentionKind.Benchmark && m.Start < joinedStart), joinedId);
            blanked = PhraseBlank(blanked, joinedStart, joinedLength);
        }

        var asksLeader = HasAnyWord(question, LeaderWords);
        if (benchmarks.Count > 0 && UnknownModel(blanked, names) is { } unknownFirst)
        {
            return unknownFirst;
        }

        if (Operations.Classify(question, blanked, models, benchmarks, topicMatch?.Value, evaluator?.Value, dataset, [.. evaluators.Select(e => e.Value).Distinct()]) is { } operation)
        {
            return operation;
        }

        if (benchmarks.Count >= 2)
        {
            // "who leads CharXiv and ZeroBench?", "a vs b on ARC-AGI-2 and GPQA": every benchmark named, not the first.
            var named = TopicTarget.OfBenchmarks(string.Join(" and ", benchmarks.Select(id => dataset.BenchmarksById[id].Name)), [.. benchmarks]);
            if (models.Count >= 2)
            {
                return new CompareRequest(models.ConvertAll(id => new ModelArgument(id, MayHoldSeveral: false)), Topic: named) { Evaluator = evaluator?.Value };
            }

            return models.Count == 1 ? new ModelLeadsRequest(models[0], named) : new TopicLeadersRequest(named, HasAnyWord(blanked, OpenWords));
        }

        if (benchmarks.Count == 0)
        {
            var topic = topicMatch?.Value;
            // "is Muse Spark the best at vision?" asks where it leads and "which is better at vision, a or b?" compares
            // on the topic; "does Muse Spark take images?" is a fact.
            var leadsFirst = topic is not null && (asksLeader || HasAnyWord(blanked, PerformanceWords));
            if (!leadsFirst && models.Count > 0 && ModelFieldKeywords.Find(blanked, vocabulary) is { Count: > 0 } fields)
            {
                return new FactRequest(models[0], fields) { Others = [.. models.Skip(1)], AskedModality = fields.Any(f => f is ModelField.OutputModalities or ModelField.InputModalities) ? AskedModality(blanked) : null, Rest = namesBlanked };
            }

            if (models.Count == 1 && !leadsFirst && !asksLeader && !HasAnyWord(blanked, PerformanceWords) && !HowItDoes().IsMatch(blanked) && Lookup.NoteSearch.Find(blanked, [dataset.ModelsById[models[0]]], minimumScore: 1) is not null
                && !AsksProfile().IsMatch(blanked))
            {
                // "how many physicians worked on Muse Spark?": a topic word, but a note answers it, not a ranking.
                return new Lookup.NoteRequest(blanked, models[0]);
            }

            if (models.Count == 2 && topic is null && !asksLeader
                && Lookup.NoteSearch.Find(blanked, [.. models.Select(m => dataset.ModelsById[m])], minimumScore: HasAnyWord(blanked, PerformanceWords) ? 2 : 1) is not null)
            {
                // "how does Muse Spark's training compute compare to Llama 4 Maverick?": what the notes say, not a table of benchmarks.
                return new Lookup.NoteRequest(blanked, null) { Among = models };
            }

            if (ByTopicOrLead(asksLeader, topic, models, HasAnyWord(blanked, OpenWords)) is { } request)
            {
                return request;
            }
        }

        if (benchmarks.Count > 0 && UnknownModel(blanked, names) is { } unknown)
        {
            // "how does grok 4 do on HLE?": a leaderboard that silently leaves out the model asked about reads as an answer.
            return unknown;
        }

        if (benchmarks.Count > 0 && (models.Count < 2 || asksLeader))
        {
            // One model and a benchmark: the leaderboard, saying first where that model stands ("does Muse Spark lead
            // ARC-AGI-2?" is answered "ranks 4th of 4", then who leads; a model that leads is named once).
            var focus = models.Count == 1 ? models[0] : null;
            var setting = SettingPhrases.Extract(question).Setting ?? ModeSetting(namesBlanked, dataset);
            if (setting is not null && WithoutMode().IsMatch(question))
            {
                // "without Contemplating": the standard runs of the rest of the setting.
                var rest = string.Join(", ", setting.Split(',', StringSplitOptions.TrimEntries).Where(part => !dataset.Models.Any(m => m.Modes.Contains(part, StringComparer.OrdinalIgnoreCase))));
                setting = rest.Length == 0 ? null : rest;
            }

            return new BenchmarkRequest(benchmarks[0], setting, focus) { Evaluator = evaluator?.Value };
        }

        if (models.Count >= 2)
        {
            // "how do opus 4.6 and gpt-5.4 compare on HLE?": two models and a benchmark, no leaderboard word.
            return new CompareRequest(models.ConvertAll(id => new ModelArgument(id, MayHoldSeveral: false)), benchmarks.Count > 0 ? benchmarks[0] : null) { Evaluator = evaluator?.Value };
        }

        if (models.Count == 1)
        {
            // "how long did it take to build Muse Spark?": a note that answers it beats a profile to dig it out of.
            var model = dataset.ModelsById[models[0]];
            if (!AsksProfile().IsMatch(blanked) && !WhatIsModel().IsMatch(blanked) && !HowItDoes().IsMatch(blanked)
                && Lookup.NoteSearch.Find(blanked, [model], minimumScore: 1) is not null)
            {
                return new Lookup.NoteRequest(blanked, model.Id);
            }

            return new ModelRequest(models[0]);
        }

        if (benchmarks.Count == 0 && Lookup.NoteSearch.Find(blanked, dataset.Models, minimumScore: 2, withProseFacts: false) is not null)
        {
            // "what is thought compression?", "what is MSL?": what the sources' notes say.
            return new Lookup.NoteRequest(blanked, null);
        }

        return Unplaced(question, names, asksLeader);
    }

    /// <summary>
    /// No benchmark named: a topic ("coding", "medical") with two models limits their comparison, with none asks who
    /// leads it (among open-weight models when <paramref name="openWeightsOnly"/>); one model with a leader word or a
    /// topic asks where that model leads. Null when none of these fits.
    /// </summary>
    private static ParsedRequest? ByTopicOrLead(bool asksLeader, TopicTarget? topic, List<string> models, bool openWeightsOnly)
    {
        if (models.Count >= 2)
        {
            return topic is null ? null : new CompareRequest(models.ConvertAll(id => new ModelArgument(id, MayHoldSeveral: false)), Topic: topic);
        }

        if (models.Count == 1)
        {
            return topic is not null || asksLeader ? new ModelLeadsRequest(models[0], topic) : null;
        }

        return topic is null ? null : new TopicLeadersRequest(topic, openWeightsOnly);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(tell me about|profile|overview|summar|everything|all about|info on|information on|details)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksProfile();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow\s+(does|did|is|do|good|well)\b.*\b(do|doing|did|perform|performs|fare|fares|rank|ranks|stack)\b|\bhow\s+(good|well|strong)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HowItDoes();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(what\s+is|what's|whats|what are|who is|tell me what)\s+(the\s+|a\s+|an\s+)?(model\s+)?(called\s+)?\s*(used\s+for|good\s+for|for|about)?\s*[?.!]*\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WhatIsModel();

    /// <summary>Whether the question quotes a number that is a figure on the benchmark.</summary>
    private static bool QuotesFigureOf(string question, string benchmarkId, Core.Dataset.CuratedDataset dataset)
    {
        foreach (System.Text.RegularExpressions.Match number in DecimalNumber().Matches(question))
        {
            if (double.TryParse(number.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && dataset.ResultsByBenchmark.TryGetValue(benchmarkId, out var results) && results.Any(r => Math.Abs(r.Value - value) < 0.05))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d+\.\d+\b")]
    private static partial System.Text.RegularExpressions.Regex DecimalNumber();

    /// <summary>Whether the topics are listed ("charts, science and search"), not one qualifying another ("coding agent").</summary>
    private static bool JoinedTopics(string blanked, List<PhraseMatch<TopicTarget>> all)
    {
        var topics = all.DistinctBy(t => t.Value.Label).ToList();
        for (var i = 1; i < topics.Count; i++)
        {
            var between = blanked[(topics[i - 1].Start + topics[i - 1].Length)..topics[i].Start];
            if (!TopicJoin().IsMatch(between))
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(,|\band\b|\bor\b|\bvs\b|\bplus\b|/)")]
    private static partial System.Text.RegularExpressions.Regex TopicJoin();

    /// <summary>"in deep think mode": a mode some model of the dataset has, named in the question, as a setting; or null.</summary>
    private static string? ModeSetting(string blanked, Core.Dataset.CuratedDataset dataset)
    {
        var found = dataset.ModePhrases.FindAll(blanked);
        return found.Count == 0 ? null : found[0].Value;
    }

    /// <summary>The modality a yes/no question names ("generate images" → "image"), or null.</summary>
    private static string? AskedModality(string blanked)
    {
        foreach (var (word, modality) in (ReadOnlySpan<(string, string)>)[("image", "image"), ("picture", "image"), ("photo", "image"), ("video", "video"), ("audio", "audio"), ("voice", "audio"), ("speech", "audio"), ("sound", "audio")])
        {
            if (blanked.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return modality;
            }
        }

        return null;
    }

    private static bool IsAmbiguous(IReadOnlyList<NameMention> mentions, int index) =>
        (index > 0 && SameSpan(mentions[index - 1], mentions[index])) || (index + 1 < mentions.Count && SameSpan(mentions[index], mentions[index + 1]));

    private static bool SameSpan(NameMention a, NameMention b) => a.Kind == b.Kind && a.Start == b.Start && a.Length == b.Length && a.Id != b.Id;

    private static InvalidRequest Ambiguous(IReadOnlyList<NameMention> mentions, int index)
    {
        var mention = mentions[index];
        var candidates = new List<string>();
        foreach (var other in mentions)
        {
            if (other.Kind == mention.Kind && other.Start == mention.Start && other.Length == mention.Length && !candidates.Contains(other.Id))
            {
                candidates.Add(other.Id);
            }
        }

        var kind = mention.Kind == MentionKind.Model ? "models" : "benchmarks";
        return new InvalidRequest(CommandNames.Ask, $"'{mention.Text}' could mean several {kind}: {string.Join(", ", candidates)}. Ask again with one of them.", candidates);
    }

    /// <summary>The question with the mentioned names blanked out, so a name never reads as a keyword.</summary>
    private static string Blank(string question, IReadOnlyList<NameMention> mentions)
    {
        var chars = question.ToCharArray();
        foreach (var mention in mentions)
        {
            var end = Math.Min(mention.Start + mention.Length, chars.Length);
            for (var i = Math.Max(mention.Start, 0); i < end; i++)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(without|excluding|except|not in|minus|no)\s+(the\s+)?(contemplating|deep think|adaptive|special)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WithoutMode();

    /// <summary>
    /// The id of the one benchmark whose name a word of the question starts ("gpqa", "swe-bench", "aime"); null when
    /// none or several. Topic words ("health", "coding") and "general" are left to the topic and question logic.
    /// </summary>
    private static string PhraseBlank(string text, int start, int length) =>
        string.Concat(text.AsSpan(0, start), new string(' ', length), text.AsSpan(start + length));

    private static bool HasAnyWord(string text, string[] words)
    {
        foreach (var word in words)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }
}
