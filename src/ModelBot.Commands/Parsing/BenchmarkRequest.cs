using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/benchmark: a leaderboard, optionally for one setting ("with tools", "no tools, Contemplating").</summary>
/// <param name="Benchmark">The benchmark as typed.</param>
/// <param name="Setting">The setting in the dataset's words, or null for every setting.</param>
/// <param name="FocusModel">"how does gemma 4 do on arc-agi-2?": the model id the answer says where it stands, or null.</param>
public sealed record BenchmarkRequest(string Benchmark, string? Setting, string? FocusModel = null) : ParsedRequest(CommandNames.Benchmark);
