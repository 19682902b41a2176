using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/model: one model's profile.</summary>
/// <param name="Model">The model as typed.</param>
/// <param name="Command">The command to report: model, or ask when a question led here.</param>
public sealed record ModelRequest(string Model, string Command = CommandNames.Model) : ParsedRequest(Command);
