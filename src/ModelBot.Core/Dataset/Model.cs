namespace ModelBot.Core.Dataset;

/// <summary>An AI model as the curated dataset describes it. Facts the articles do not state stay null or empty.</summary>
public sealed record Model
{
    /// <summary>Kebab-case id, e.g. <c>muse-spark</c>, <c>gpt-5.4</c>.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Vendor { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    public WeightsAvailability Weights { get; init; } = WeightsAvailability.Unknown;
    public string? Licence { get; init; }
    /// <summary>Context window in tokens.</summary>
    public long? ContextWindow { get; init; }
    public IReadOnlyList<string> InputModalities { get; init; } = [];
    public IReadOnlyList<string> OutputModalities { get; init; } = [];
    /// <summary>Reasoning or product modes, e.g. Instant, Thinking, Contemplating.</summary>
    public IReadOnlyList<string> Modes { get; init; } = [];
    public string? Notes { get; init; }
    /// <summary>Source ids that support the facts above.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>1-based line in the data file where this model is declared (for error messages).</summary>
    public int Line { get; init; }
}
