using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/model: one model's profile.</summary>
/// <param name="Model">The model as typed.</param>
public sealed record ModelRequest(string Model) : ParsedRequest(CommandNames.Model);
