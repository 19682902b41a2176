using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;

namespace ModelBot.Commands.Leaderboard;

/// <summary>/benchmark: a leaderboard, optionally for one setting ("with tools", "no tools, Contemplating").</summary>
/// <param name="Benchmark">The benchmark as typed.</param>
/// <param name="Setting">The setting in the dataset's words, or null for every setting.</param>
/// <param name="FocusModel">"how does gemma 4 do on arc-agi-2?": the model id the answer says where it stands, or null.</param>
public sealed record BenchmarkRequest(string Benchmark, string? Setting, string? FocusModel = null) : ParsedRequest(CommandNames.Benchmark)
{
    /// <summary>"according to Artificial Analysis": only that evaluator's figures, or null for all.</summary>
    public Core.Phrasing.EvaluatorWords? Evaluator { get; init; }

    /// <summary><see cref="Top"/> for "which models have figures on X?": every entrant, named.</summary>
    public const int Everyone = int.MaxValue;

    /// <summary>"top 3 on GPQA": how many places to name, or null for the whole board.</summary>
    public int? Top { get; init; }

    /// <summary>"which model is last on ARC-AGI-2?", "bottom 2": how many of the worst places to name, or null.</summary>
    public int? Bottom { get; init; }

    /// <summary>"which model is third on X?": the place asked for, or null.</summary>
    public int? Place { get; init; }

    /// <summary>"spread between the best and worst on X": the range of the board in the headline.</summary>
    public bool Spread { get; init; }

    /// <summary>Already read again from its trailing words: never read a second time.</summary>
    public bool Reread { get; init; }

    /// <summary>"what does ARC-AGI-2 measure?": the headline opens with what the benchmark measures.</summary>
    public bool Explain { get; init; }
}
