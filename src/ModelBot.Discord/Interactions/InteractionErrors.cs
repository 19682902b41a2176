using ModelBot.Commands.Answers;

namespace ModelBot.Discord.Interactions;

/// <summary>Ephemeral error answers for interactions ModelBot cannot serve, rendered like any failed answer.</summary>
public static class InteractionErrors
{
    /// <summary>A failed answer with <paramref name="error"/>, shown only to the asker.</summary>
    public static Answer Create(string command, string title, string error) => new()
    {
        Ok = false,
        Command = command,
        Title = title,
        Error = error,
        Ephemeral = true,
    };

    /// <summary>A command Discord knows but the catalog does not (registration is stale).</summary>
    public static Answer UnknownCommand(string? name) => Create(
        name ?? "",
        "Unknown command",
        $"/{name} is not a ModelBot command (the registered commands may be out of date; run `modelbot discord register`). Try /help.");

    /// <summary>Modal forms are never shown, so a submission cannot be served.</summary>
    public static Answer ModalNotSupported { get; } = Create(
        "",
        "Forms are not supported",
        "ModelBot does not use forms. Use a slash command such as /compare, /benchmark, /model or /ask; /help lists them.");

    /// <summary>A button from an older ModelBot, or not ModelBot's.</summary>
    public static Answer UnknownButton { get; } = Create(
        "",
        "This button no longer works",
        "The button belongs to an older answer. Run the command again.");

    /// <summary>An interaction type ModelBot does not know.</summary>
    public static Answer UnsupportedInteraction { get; } = Create(
        "",
        "Not supported",
        "ModelBot cannot handle this kind of interaction. Try /help.");

    /// <summary>The handler failed unexpectedly.</summary>
    public static Answer Failure(string command) => Create(
        command,
        "Something went wrong",
        "ModelBot could not answer this request. Please try again in a moment.") with { Transient = true };
}
