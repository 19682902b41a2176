using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;

namespace ModelBot.Commands.Explain;

/// <summary>"what does Contemplating mode actually do?": a mode some model has, explained from the articles.</summary>
/// <param name="Mode">The mode as the data names it.</param>
public sealed record ExplainModeRequest(string Mode) : ParsedRequest(CommandNames.Ask);
