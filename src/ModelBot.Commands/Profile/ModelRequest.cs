using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;

namespace ModelBot.Commands.Profile;

/// <summary>/model: one model's profile.</summary>
/// <param name="Model">The model as typed.</param>
public sealed record ModelRequest(string Model) : ParsedRequest(CommandNames.Model);
