using Microsoft.Extensions.Options;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.Profile;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Routing;

namespace ModelBot.Commands.Parsing;

/// <summary>
/// Turns a <see cref="ChatRequest"/> into a <see cref="ParsedRequest"/>: from the platform's command and options when it
/// parsed them (Discord options, Slack's command name), otherwise from the typed text ("/compare a b",
/// "compare a, b", "/mb-benchmark hle with tools", or a free-text question). Never throws for user input.
/// </summary>
public sealed class RequestParser
{
    private readonly CommandCatalog _catalog;
    private readonly string _prefix;

    /// <summary>Creates a parser over the catalog, honouring the configured command prefix.</summary>
    public RequestParser(CommandCatalog catalog, IOptions<CommandsOptions> options)
    {
        _catalog = catalog;
        _prefix = options.Value.CommandPrefix ?? "";
    }

    /// <summary>Parses one request.</summary>
    public ParsedRequest Parse(ChatRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Command))
        {
            var name = StripPrefix(request.Command.AsSpan().Trim().TrimStart('/'));
            var command = _catalog.Find(name);
            if (command is null)
            {
                return UnknownCommand(name);
            }

            return request.Options.Count > 0 ? FromOptions(command, request.Options) : FromText(command, request.Text, slashTyped: true);
        }

        return ParseText(request.Text ?? "");
    }

    /// <summary>Parses typed text: a slash command, a leading command word, or a question.</summary>
    public ParsedRequest ParseText(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return new HelpRequest(null);
        }

        var slash = trimmed[0] == '/';
        var body = slash ? trimmed[1..] : trimmed;
        var wordEnd = body.IndexOfAny(' ', '\t', '\n');
        var word = wordEnd < 0 ? body : body[..wordEnd];
        var rest = wordEnd < 0 ? "" : body[(wordEnd + 1)..].Trim().ToString();
        var command = _catalog.Find(StripPrefix(word));
        if (slash)
        {
            return command is null ? UnknownCommand(StripPrefix(word)) : FromText(command, rest, slashTyped: true);
        }

        // Without a slash a leading command word counts only when the text is not a question ("compare a, b", "help").
        if (command is not null && !trimmed.EndsWith("?") && !(command.Name == CommandNames.Help && rest.Length > 0 && _catalog.Find(rest) is null))
        {
            return FromText(command, rest, slashTyped: false);
        }

        return new AskRequest(trimmed.ToString());
    }

    private ParsedRequest FromText(CommandDefinition command, string arguments, bool slashTyped)
    {
        var args = arguments.Trim();
        switch (command.Name)
        {
            case CommandNames.Compare:
                // "a/b/c" lists models as "a, b, c" does; no model name holds a slash.
                var (modelText, onBenchmark) = SplitBenchmarkFilter(args.Replace("/", ", ", StringComparison.Ordinal));
                var models = ModelListSplitter.Split(modelText);
                return models.Count == 0 ? MissingArguments(command, "Name at least two models to compare.") : new CompareRequest(models, onBenchmark);
            case CommandNames.Benchmark:
                var (remainder, setting) = SettingPhrases.Extract(args);
                var benchmark = ModelListSplitter.Unquote(remainder);
                return benchmark.Length == 0 ? MissingArguments(command, "Name a benchmark.") : new BenchmarkRequest(benchmark, setting);
            case CommandNames.Model:
                var model = ModelListSplitter.Unquote(args);
                return model.Length == 0 ? MissingArguments(command, "Name a model.") : new ModelRequest(model);
            case CommandNames.Ask:
                return args.Length == 0 ? MissingArguments(command, "Ask a question.") : new AskRequest(args);
            case CommandNames.Help:
                return new HelpRequest(HelpTopic(args));
            default:
                return slashTyped ? UnknownCommand(command.Name) : new AskRequest(arguments);
        }
    }

    /// <summary>"a vs b on hle" → ("a vs b", "hle"): the text after the last word "on" names the benchmark (no model name holds that word).</summary>
    internal static (string Models, string? Benchmark) SplitBenchmarkFilter(string text)
    {
        for (var at = text.LastIndexOf(" on ", StringComparison.OrdinalIgnoreCase); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(" on ", at - 1, StringComparison.OrdinalIgnoreCase))
        {
            // "on hle with tools": the comparison shows every setting of the benchmark, so the setting words go.
            var raw = text[(at + 4)..].Trim().TrimEnd('?', '.', '!');
            var benchmark = ModelListSplitter.Unquote(SettingPhrases.Extract(raw).Remainder.Trim());
            if (benchmark.Length == 0)
            {
                // "on tool use": all of it reads as a setting, but it is what to compare on (a topic).
                benchmark = ModelListSplitter.Unquote(raw);
            }

            if (benchmark.Length > 0 && !ModelListSplitter.IsQuoted(text, at))
            {
                return (text[..at], benchmark);
            }
        }

        return (text, null);
    }

    private ParsedRequest FromOptions(CommandDefinition command, IReadOnlyDictionary<string, string> options)
    {
        switch (command.Name)
        {
            case CommandNames.Compare:
                var models = new List<ModelArgument>(CatalogLimits.MaxCompareModels);
                foreach (var option in command.Options)
                {
                    if (options.TryGetValue(option.Name, out var value) && !string.IsNullOrWhiteSpace(value))
                    {
                        models.Add(new ModelArgument(ModelListSplitter.Unquote(value), MayHoldSeveral: false));
                    }
                }

                return models.Count < CatalogLimits.MinCompareModels
                    ? MissingArguments(command, "Name at least two models to compare.")
                    : new CompareRequest(models);
            case CommandNames.Benchmark:
                var benchmark = Option(options, "benchmark");
                if (benchmark.Length == 0)
                {
                    return MissingArguments(command, "Name a benchmark.");
                }

                var setting = Option(options, "setting");
                return new BenchmarkRequest(benchmark, setting.Length == 0 ? null : setting);
            case CommandNames.Model:
                var model = Option(options, "model");
                return model.Length == 0 ? MissingArguments(command, "Name a model.") : new ModelRequest(model);
            case CommandNames.Ask:
                var question = Option(options, "question");
                return question.Length == 0 ? MissingArguments(command, "Ask a question.") : new AskRequest(question);
            case CommandNames.Help:
                return new HelpRequest(HelpTopic(Option(options, "command")));
            default:
                return UnknownCommand(command.Name);
        }
    }

    private static string Option(IReadOnlyDictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && value is not null ? ModelListSplitter.Unquote(value) : "";

    private string? HelpTopic(string typed)
    {
        var topic = typed.AsSpan().Trim().TrimStart('/');
        return topic.IsEmpty ? null : _catalog.Find(StripPrefix(topic))?.Name;
    }

    private ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> name) =>
        _prefix.Length > 0 && name.Length > _prefix.Length && name.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase)
            ? name[_prefix.Length..]
            : name;

    private static InvalidRequest MissingArguments(CommandDefinition command, string problem) =>
        new(command.Name, problem + " Usage: " + command.Usage, [command.Usage, .. command.Examples]);

    private InvalidRequest UnknownCommand(ReadOnlySpan<char> name)
    {
        var candidates = CommandNameMatcher.Suggest(_catalog, name);
        var typed = "/" + name.ToString();
        if (candidates.Count > 0)
        {
            return new InvalidRequest(
                CommandNames.Help,
                $"Unknown command {typed}: did you mean /{candidates[0]}?",
                candidates.ConvertAll(c => "/" + c));
        }

        var all = new List<string>(_catalog.Commands.Count);
        foreach (var command in _catalog.Commands)
        {
            all.Add(command.Usage);
        }

        return new InvalidRequest(CommandNames.Help, $"Unknown command {typed}. Try /help.", all);
    }
}
