using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Explain;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Gap;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.ModelLists;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.Questions;
using ModelBot.Commands.Requests;
using ModelBot.Commands.TopicLeaders;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Routing;

/// <summary>
/// The one dispatch path every adapter feeds: parses the request, routes questions, runs the query and lays the
/// report out as a neutral <see cref="Answer"/>. Never throws for user input: an unexpected fault is logged and
/// answered with an error carrying a correlation id. Cancellation is honoured before any work starts.
/// </summary>
public sealed partial class CommandRouter : IChatRequestHandler
{
    private readonly RequestParser _parser;
    private readonly QuestionClassifier _classifier;
    private readonly QueryService _queries;
    private readonly AnswerBuilders _builders;
    private readonly ILogger<CommandRouter> _logger;

    /// <summary>Creates the router.</summary>
    public CommandRouter(RequestParser parser, QuestionClassifier classifier, QueryService queries, AnswerBuilders builders, ILogger<CommandRouter> logger)
    {
        _parser = parser;
        _classifier = classifier;
        _queries = queries;
        _builders = builders;
        _logger = logger;
    }

    /// <inheritdoc />
    public ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Handle(request));
    }

    /// <summary>Answers one request synchronously (the work is in memory).</summary>
    public Answer Handle(ChatRequest request)
    {
        var command = request.Command ?? CommandNames.Ask;
        try
        {
            var parsed = _parser.Parse(request);
            command = parsed.Command;
            if (parsed is AskRequest { Question.Length: > AskRequest.MaximumLength } tooLong)
            {
                parsed = new InvalidRequest(
                    CommandNames.Ask,
                    $"That question is {tooLong.Question.Length:N0} characters long; I read questions of up to {AskRequest.MaximumLength:N0} characters. Ask it in a sentence or two.",
                    ["which model leads ARC-AGI-2?", "what benchmarks does Muse Spark lead?"]);
            }

            if (parsed is AskRequest ask)
            {
                if (AnswerParts(ask.Question) is { } combined)
                {
                    _logger.Answered(request.Platform, combined.Command, combined.Ok);
                    return combined;
                }

                parsed = _classifier.Classify(ask.Question, _queries.Names, _queries.Dataset);
                command = parsed.Command;
            }

            var answer = Finished(parsed, Answer(parsed));
            _logger.Answered(request.Platform, answer.Command, answer.Ok);
            return answer;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var correlationId = Guid.NewGuid().ToString("N")[..12];
            _logger.UnexpectedError(exception, request.Platform, command, correlationId);
            return _builders.Failure.Unexpected(command, correlationId);
        }
    }

    /// <summary>What every answer adds from how its request was read: the sources asked for, the assumption made.</summary>
    private static Answer Finished(ParsedRequest parsed, Answer answer)
    {
        if (parsed.AsksSource && answer.Ok && answer.Sources.Count > 0)
        {
            var named = string.Join("; ", answer.Sources.Select(n => $"[{n.Number}] “{n.Title}” ({n.Publisher}, {n.Locator})"));
            answer = answer with { Summary = (answer.Summary ?? "") + " Source" + (answer.Sources.Count == 1 ? ": " : "s: ") + named + "." };
        }

        if (parsed.Assumption is { } assumed && answer.Ok)
        {
            // Where the reading assumed something, the answer says so where it is read.
            answer = answer with { Summary = string.IsNullOrEmpty(answer.Summary) ? assumed : answer.Summary + " " + assumed };
        }

        return answer;
    }

    /// <summary>
    /// A question of several parts answered part by part, or null when it asks one thing or a part cannot be answered
    /// on its own (then the whole question is read as one): "…? can it output images?" gets both answers, in order.
    /// </summary>
    private Answer? AnswerParts(string question)
    {
        var parts = MultiPart.QuestionParts.Split(question, _queries.Names, _queries.Dataset);
        if (parts.Count < 2)
        {
            return null;
        }

        var answers = new List<Answer>(parts.Count);
        foreach (var part in parts)
        {
            var parsed = _classifier.Classify(part, _queries.Names, _queries.Dataset);
            // A part read as a profile, help or nothing asks nothing of its own.
            if (parsed is InvalidRequest or HelpRequest or ModelRequest or AskRequest)
            {
                return null;
            }

            // Two parts answered alike are one question said twice.
            var answer = Finished(parsed, Answer(parsed));
            if (!answer.Ok || answers.Any(a => a.Title == answer.Title && a.Summary == answer.Summary))
            {
                return null;
            }

            answers.Add(answer);
        }

        return MultiPart.CombinedAnswer.Of(answers);
    }

    private Answer Answer(ParsedRequest parsed) => parsed switch
    {
        HelpRequest help => _builders.Help.Build(help.Topic),
        InvalidRequest invalid => _builders.Failure.Build(invalid),
        CompareRequest compare => Compare(compare),
        BenchmarkRequest benchmark => Leaderboard(benchmark),
        ModelRequest model => Profile(model),
        FactRequest fact => Fact(fact),
        TopicLeadersRequest leaders => TopicLeaders(leaders),
        ModelLeadsRequest leads => ModelLeads(leads),
        GapRequest gap => Gap(gap),
        ModelListRequest list => ModelList(list),
        BenchmarkListRequest benchmarks => BenchmarkListAnswer.Build(_queries.Dataset, benchmarks.Only),
        Lookup.NoteRequest note => Note(note),
        Lookup.CountRequest count => _builders.Lookup.Count(count, _queries.Dataset),
        Lookup.ToolsGainRequest gain => _queries.Leaderboard(gain.Benchmark) is { IsSuccess: true } board
            ? _builders.Lookup.ToolsGain(board.Report, gain.Model is { } who ? _queries.Dataset.ModelsById[who] : null, _queries.Dataset)
            : _builders.Help.Build(),
        Lookup.FiguresListRequest list => _builders.Lookup.FiguresList(list, _queries.Dataset),
        Lookup.DescribedModelsRequest described => _builders.Lookup.DescribedModels(described.Word, _queries.Dataset),
        Lookup.WhoMeasuredRequest { Benchmark: { } measured } who => _builders.Lookup.WhoMeasured(_queries.Dataset.BenchmarksById[measured], who.Model is { } whose ? _queries.Dataset.ModelsById[whose] : null, _queries.Dataset),
        Lookup.WhoMeasuredRequest who => _builders.Lookup.WhoMeasuredModels([.. who.Models.Select(id => _queries.Dataset.ModelsById[id])], _queries.Dataset),
        Lookup.EvaluatorGapRequest gap => _builders.Lookup.EvaluatorGap(gap.Evaluators, _queries.Dataset.ModelsById[gap.Model], _queries.Dataset.BenchmarksById[gap.Benchmark], _queries.Dataset),
        Lookup.FigureLookupRequest figures => FigureLookup(figures),
        Lookup.EvaluatorFiguresRequest byEvaluator => _builders.Lookup.ByEvaluator(
            byEvaluator.Evaluator, byEvaluator.Model is { } id ? _queries.Dataset.ModelsById[id] : null, _queries.Dataset),
        ExplainModeRequest mode => _builders.ExplainMode.Build(mode.Mode, _queries.Dataset),
        Disagreements.DisagreementsRequest disagreements => Disagreements.DisagreementsAnswerBuilder.Build(disagreements, _queries.Dataset, _queries.Leaderboards()),
        _ => _builders.Help.Build(),
    };

    private Answer Leaderboard(BenchmarkRequest benchmark)
    {
        var outcome = _queries.Leaderboard(benchmark.Benchmark, benchmark.Setting);
        if (!outcome.IsSuccess && outcome.Failure.Kind == QueryFailureKind.UnknownBenchmark && benchmark.Setting is null)
        {
            outcome = WithTrailingSetting(benchmark.Benchmark) ?? outcome;
        }

        string? noModeFigures = null;
        if (!outcome.IsSuccess && outcome.Failure.Kind == QueryFailureKind.UnknownSetting && benchmark.Setting is { } asked
            && _queries.Dataset.Models.Any(m => m.Modes.Contains(asked, StringComparer.OrdinalIgnoreCase)))
        {
            // "Muse Spark's Fast mode HLE score?": a mode the model has, with no figure in it; said, then what there is.
            noModeFigures = asked;
            outcome = _queries.Leaderboard(benchmark.Benchmark);
        }

        if (!outcome.IsSuccess && outcome.Failure.Kind == QueryFailureKind.UnknownSetting && !benchmark.Reread
            && _classifier.Classify((benchmark.Benchmark + " " + benchmark.Setting).Trim(), _queries.Names, _queries.Dataset) is BenchmarkRequest reread
            && (reread.Evaluator is not null || reread.Top is not null || reread.Bottom is not null || reread.Place is not null || reread.Spread || reread.Setting is not null))
        {
            // "/benchmark arc agi 2 official", "/benchmark deepsearchqa top 2": the trailing words read as a question would be.
            return Leaderboard(reread with { Reread = true });
        }

        if (!outcome.IsSuccess)
        {
            return Failure(outcome.Failure, CommandNames.Benchmark);
        }

        var focus = benchmark.FocusModel is { } id && _queries.Names.ResolveModel(id) is { IsFound: true } resolved ? resolved.Value : null;
        var report = outcome.Report;
        if (benchmark.Evaluator is { } evaluator)
        {
            report = EvaluatorLeaderboard.Of(report, evaluator, _queries.Dataset);
            if (report.Sections.Count == 0)
            {
                // "are any GDPval-AA numbers independent?": no, and who did measure them.
                var who = _builders.Lookup.WhoMeasured(outcome.Report.Benchmark, focus, _queries.Dataset);
                return who with
                {
                    Summary = $"None from {evaluator.Evaluator}{(evaluator.Source is null ? "" : "'s official table")}: " + who.Summary,
                };
            }
        }

        var board = _builders.Leaderboard.Build(report, CommandNames.Benchmark, focus, benchmark.Evaluator, benchmark.Top, benchmark.Explain, benchmark.Bottom, benchmark.Place, benchmark.Spread);
        return noModeFigures is null ? board : board with { Summary = $"The sources give no {report.Benchmark.Name} figure in {noModeFigures} mode; the figures they give: " + board.Summary };
    }

    /// <summary>
    /// "hle sideways": the longest leading words that name a benchmark, the rest read as its setting. Longest match
    /// first: trailing words that are part of the benchmark's own name ("tau2 telecom", "output tokens for the
    /// intelligence index") are no setting, so the whole board is answered.
    /// </summary>
    private QueryOutcome<LeaderboardReport>? WithTrailingSetting(string text)
    {
        for (var cut = text.LastIndexOf(' '); cut > 0; cut = text.LastIndexOf(' ', cut - 1))
        {
            var name = text[..cut].TrimEnd();
            if (name.Length > 0 && _queries.Names.ResolveBenchmark(name) is { IsFound: true } found)
            {
                var rest = text[(cut + 1)..].Trim();
                return PartOfName(found.Value, rest) ? _queries.Leaderboard(found.Value.Id) : _queries.Leaderboard(name, rest);
            }
        }

        return null;
    }

    private static readonly string[] NameFillers = ["for", "the", "of", "on", "in", "a", "to", "run", "benchmark"];

    /// <summary>Whether every word of <paramref name="words"/> (fillers aside) is a word of the benchmark's name or aliases.</summary>
    private static bool PartOfName(Core.Dataset.Benchmark benchmark, string words)
    {
        var nameWords = string.Join(' ', [benchmark.Name, benchmark.Id, .. benchmark.Aliases]).ToLowerInvariant()
            .Split([' ', '-', '(', ')', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        var typed = words.ToLowerInvariant().Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => !NameFillers.Contains(w)).ToArray();
        return typed.Length > 0 && typed.All(w => nameWords.Contains(w));
    }

    private Answer TopicLeaders(TopicLeadersRequest request)
    {
        var benchmarks = request.Topic.Resolve(_queries.Dataset);
        if (benchmarks.Count == 0)
        {
            return NoSuchTopic(request.Topic, CommandNames.Ask);
        }

        var reports = new List<LeaderboardReport>(benchmarks.Count);
        foreach (var benchmark in benchmarks)
        {
            var outcome = _queries.Leaderboard(benchmark.Id);
            if (!outcome.IsSuccess)
            {
                return Failure(outcome.Failure, CommandNames.Ask);
            }

            var report = request.Evaluator is { } evaluator ? EvaluatorLeaderboard.Of(outcome.Report, evaluator, _queries.Dataset) : outcome.Report;
            if (request.Evaluator is not null && report.Sections.Count == 0)
            {
                continue;
            }

            reports.Add(request.OpenWeightsOnly ? _openWeightsBoards.GetValue(report, OpenWeightsLeaderboard.Of) : report);
        }

        return _builders.TopicLeaders.Build(request.Topic.Label, reports, request.OpenWeightsOnly);
    }

    private Answer ModelLeads(ModelLeadsRequest request)
    {
        // The profile resolves the model (with suggestions when it cannot); it is precomputed, so this is a lookup.
        var profile = _queries.Profile(request.Model);
        if (!profile.IsSuccess)
        {
            return Failure(profile.Failure, CommandNames.Ask);
        }

        // Only the leaderboards the model has a figure on (its profile's benchmarks): not every entry of every board.
        var measured = new HashSet<string>(profile.Report.Benchmarks.Select(b => b.Benchmark.Id), StringComparer.Ordinal);
        IReadOnlyList<LeaderboardReport> reports = [.. _queries.Leaderboards().Where(r => measured.Contains(r.Benchmark.Id))];
        if (request.Evaluator is { } evaluator)
        {
            reports = [.. reports.Select(r => EvaluatorLeaderboard.Of(r, evaluator, _queries.Dataset)).Where(r => r.Sections.Count > 0)];
        }

        if (request.Topic is { } topic)
        {
            var benchmarks = topic.Resolve(_queries.Dataset);
            if (benchmarks.Count == 0)
            {
                return NoSuchTopic(topic, CommandNames.Ask);
            }

            reports = [.. reports.Where(r => benchmarks.Contains(r.Benchmark))];
        }

        var leads = _builders.ModelLeads.Build(profile.Report.Model, reports, request.Topic?.Label, request.Last, request.Behind);
        return request.Evaluator is { } by ? leads with { Summary = $"In {by.Evaluator}{(by.Source is null ? "'s figures" : "'s official table")}: " + leads.Summary } : leads;
    }

    private Answer Note(Lookup.NoteRequest note)
    {
        var dataset = _queries.Dataset;
        IReadOnlyList<Core.Dataset.Model> models = note.Among is { Count: > 0 } among ? [.. among.Select(a => dataset.ModelsById[a])]
            : note.Model is { } id ? [dataset.ModelsById[id]] : dataset.Models;
        var glossary = note.Model is null && note.Among is null;
        if (Lookup.NoteSearch.Find(note.Question, models, glossary ? 2 : 1, withProseFacts: !glossary) is var (model, sentence))
        {
            return _builders.Lookup.Note(model, sentence, dataset);
        }

        return note.Model is { } only && Lookup.NoteSearch.FirstSentence(dataset.ModelsById[only]) is { } first
            ? _builders.Lookup.Note(dataset.ModelsById[only], first, dataset)
            : Profile(new ModelRequest(note.Model ?? ""));
    }

    /// <summary>The quoted figures; a number that is no benchmark figure ("3.65 billion daily users") is looked up in the notes.</summary>
    private Answer FigureLookup(Lookup.FigureLookupRequest figures)
    {
        var answer = _builders.Lookup.Figures(figures, _queries.Dataset, _queries.Leaderboards());
        if (answer.Results.Count > 0)
        {
            return answer;
        }

        foreach (var value in figures.Values)
        {
            var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var model in _queries.Dataset.Models)
            {
                if (Lookup.NoteSearch.Sentences(model.Notes).FirstOrDefault(s => s.Contains(text, StringComparison.Ordinal)) is { } sentence)
                {
                    return _builders.Lookup.Note(model, sentence, _queries.Dataset);
                }
            }
        }

        return answer;
    }

    private Answer Gap(GapRequest gap)
    {
        var first = _queries.Names.ResolveModel(gap.First);
        var second = _queries.Names.ResolveModel(gap.Second);
        var outcome = _queries.Leaderboard(gap.Benchmark, gap.Setting);
        if (!outcome.IsSuccess && gap.Setting is not null)
        {
            outcome = _queries.Leaderboard(gap.Benchmark);
        }

        if (!first.IsFound || !second.IsFound || !outcome.IsSuccess)
        {
            return !outcome.IsSuccess ? Failure(outcome.Failure, CommandNames.Ask) : Failure(QueryFailures.Model(first.IsFound ? second : first), CommandNames.Ask);
        }

        var report = gap.Evaluator is { } evaluator ? EvaluatorLeaderboard.Of(outcome.Report, evaluator, _queries.Dataset) : outcome.Report;
        return _builders.Gap.Build(report, first.Value, second.Value, gap.Ratio);
    }

    private Answer ModelList(ModelListRequest list)
    {
        // A list goes over every model: built once per dataset version and list asked, then looked up.
        var dataset = _queries.Dataset;
        var lists = _builtModelLists.GetValue(dataset, _ => new System.Collections.Concurrent.ConcurrentDictionary<(ModelField, ModelLists.ListOrder, string?), Answer>());
        var key = (list.Field, list.Order, list.Value);
        if (lists.TryGetValue(key, out var built))
        {
            return built;
        }

        var facts = new List<(Core.Dataset.Model, ModelFact?)>(dataset.Models.Count);
        foreach (var model in dataset.Models)
        {
            var outcome = _queries.Facts(model.Id, [list.Field]);
            facts.Add((model, outcome.IsSuccess && outcome.Report.Facts.Count > 0 ? outcome.Report.Facts[0] : null));
        }

        var answer = _builders.ModelList.Build(list.Field, list.Order, facts, list.Value);
        if (lists.Count < 256)
        {
            lists.TryAdd(key, answer);
        }

        return answer;
    }

    // Reports are immutable and shared by every request of one dataset version: each is filtered once, kept as long as
    // the report is.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<LeaderboardReport, LeaderboardReport> _openWeightsBoards = [];

    // The router's own (not static): keyed weakly by the dataset version, so a replaced dataset's lists go with it.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Core.Dataset.CuratedDataset, System.Collections.Concurrent.ConcurrentDictionary<(ModelField, ModelLists.ListOrder, string?), Answer>> _builtModelLists = [];

    private Answer Profile(ModelRequest model)
    {
        var outcome = _queries.Profile(model.Model);
        return outcome.IsSuccess ? _builders.Profile.Build(outcome.Report) : Failure(outcome.Failure, CommandNames.Model);
    }

    private Answer Fact(FactRequest fact)
    {
        var outcome = _queries.Facts(fact.Model, fact.Fields);
        if (!outcome.IsSuccess)
        {
            return Failure(outcome.Failure, CommandNames.Ask);
        }

        var answer = _builders.Fact.Build(outcome.Report, _queries.Dataset.Vocabulary, fact.AskedModality);
        foreach (var other in fact.Others)
        {
            // "how many parameters does Muse Spark have compared to Gemma 4?": the same facts for each model named.
            if (_queries.Facts(other, fact.Fields) is { IsSuccess: true } more)
            {
                var second = _builders.Fact.Build(more.Report, _queries.Dataset.Vocabulary, fact.AskedModality);
                answer = answer with { Summary = answer.Summary + " " + second.Summary, Facts = [.. answer.Facts, .. second.Facts.Select(f => f with { Label = more.Report.Model.Name + ": " + f.Label, SourceRefs = [] })] };
            }
        }

        // "does GPT-5.4 have a Contemplating mode?": whose mode it is, when not this model's.
        if (fact.Fields.Contains(ModelField.Modes) && fact.Rest is { } asked && answer.Summary is { } said)
        {
            foreach (var owner in _queries.Dataset.Models.Where(m => m.Id != outcome.Report.Model.Id))
            {
                foreach (var mode in owner.Modes.Where(mode => !outcome.Report.Model.Modes.Contains(mode, StringComparer.OrdinalIgnoreCase)
                    && asked.Contains(mode, StringComparison.OrdinalIgnoreCase) && !said.Contains(mode + " is a mode of", StringComparison.Ordinal)))
                {
                    said += $" {mode} is a mode of {owner.Name}, not of {outcome.Report.Model.Name} per the sources.";
                }
            }

            answer = answer with { Summary = said };
        }

        // "what's the codename and who revealed it?": a note that answers the rest of the question follows the fact.
        if (fact.Rest is { } rest && Lookup.NoteSearch.Find(rest, [outcome.Report.Model], minimumScore: 2) is var (_, sentence)
            && answer.Summary is { } summary && !summary.Contains(sentence.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
        {
            answer = answer with { Summary = summary + " From the sources' notes: “" + sentence + "”" };
        }

        return answer;
    }

}
