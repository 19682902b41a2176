using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;

namespace ModelBot.Commands.Help;

/// <summary>/help, for every command or for one.</summary>
/// <param name="Topic">A catalog command name, or null for all.</param>
public sealed record HelpRequest(string? Topic) : ParsedRequest(CommandNames.Help);
