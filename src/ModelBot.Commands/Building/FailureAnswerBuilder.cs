using ModelBot.Commands.Answers;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Building;

/// <summary>Error answers: shown only to the asker, with the reason and what to type instead.</summary>
public sealed class FailureAnswerBuilder
{
    private readonly CommandCatalog _catalog;

    /// <summary>Creates the builder over the catalog (for usage lines).</summary>
    public FailureAnswerBuilder(CommandCatalog catalog) => _catalog = catalog;

    /// <summary>A query the dataset cannot answer: unknown or ambiguous name, unknown setting, wrong model count.</summary>
    public Answer Build(QueryFailure failure, string command)
    {
        var suggestions = failure.Suggestions;
        // A name with no close match ("/model 🥑") still gets something to type: the command's usage and examples.
        var nothingClose = failure.Kind is QueryFailureKind.UnknownModel or QueryFailureKind.UnknownBenchmark && failure.Suggestions.Count == 0;
        if ((failure.Kind is QueryFailureKind.WrongModelCount or QueryFailureKind.NothingToLookUp || nothingClose) && _catalog.Find(command) is { } definition)
        {
            suggestions = [.. suggestions, definition.Usage, .. definition.Examples];
        }

        var error = failure.Error;
        if (failure.Kind is QueryFailureKind.UnknownModel or QueryFailureKind.UnknownBenchmark && failure.Suggestions.Count > 0)
        {
            error = string.Concat(error, " Did you mean ", failure.Suggestions[0], "?");
        }
        else if (nothingClose)
        {
            // Named as missing, with where to look: the dataset does not hold everything.
            error = string.Concat(error, failure.Kind == QueryFailureKind.UnknownBenchmark
                ? " The dataset does not have it; ask \"list all benchmarks\" to see the ones it has."
                : " The dataset does not have it; ask \"which models do you know?\" or /help.");
        }

        return Error(command, Title(failure.Kind), error, suggestions);
    }

    /// <summary>A request that could not be parsed: unknown command, bad syntax, a question it cannot place.</summary>
    public Answer Build(InvalidRequest invalid) =>
        Error(invalid.Command, invalid.Command == CommandNames.Help ? "Unknown command" : "Cannot answer that", invalid.Error, invalid.Suggestions);

    /// <summary>An unexpected fault, reported with a correlation id the logs carry too.</summary>
    public Answer Unexpected(string command, string correlationId) => Error(
        command,
        "Something went wrong",
        $"Something went wrong while answering (reference {correlationId}). Please try again; if it persists, report the reference.",
        ["/help"]) with { Transient = true };

    /// <summary>An error answer.</summary>
    public static Answer Error(string command, string title, string error, IReadOnlyList<string> suggestions) => new()
    {
        Ok = false,
        Command = command,
        Title = title,
        Error = error,
        Suggestions = suggestions,
        Ephemeral = true,
    };

    private static string Title(QueryFailureKind kind) => kind switch
    {
        QueryFailureKind.UnknownModel => "Unknown model",
        QueryFailureKind.AmbiguousModel => "Which model?",
        QueryFailureKind.UnknownBenchmark => "Unknown benchmark",
        QueryFailureKind.AmbiguousBenchmark => "Which benchmark?",
        QueryFailureKind.UnknownSetting => "Unknown setting",
        QueryFailureKind.WrongModelCount => "Name at least two models",
        _ => "Cannot answer that",
    };
}
