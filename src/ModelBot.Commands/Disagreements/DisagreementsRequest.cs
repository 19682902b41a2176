using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;

namespace ModelBot.Commands.Disagreements;

/// <summary>"which numbers disagree between the articles?": the figures the sources give differently, optionally for one model or benchmark.</summary>
/// <param name="Model">Only this model's figures (an id), or null for all.</param>
/// <param name="Benchmark">Only this benchmark's figures (an id), or null for all.</param>
public sealed record DisagreementsRequest(string? Model, string? Benchmark) : ParsedRequest(CommandNames.Ask);
