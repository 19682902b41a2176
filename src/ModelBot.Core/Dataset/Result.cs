namespace ModelBot.Core.Dataset;

/// <summary>One benchmark figure for one model in one setting, with its provenance.</summary>
public sealed record Result
{
    public required string Model { get; init; }
    public required string Benchmark { get; init; }
    /// <summary>The setting it was measured in, e.g. "no tools", "with tools", "Contemplating"; "default" when the source gives none.</summary>
    public required string Setting { get; init; }
    public required double Value { get; init; }
    /// <summary>Digits after the decimal point as the data writes the value ("33.0" → 1), so answers show "33.0%" as the article does.</summary>
    public int Decimals { get; init; }
    /// <summary>Who ran it: the vendor that reports it (e.g. "Meta") or an independent evaluator (e.g. "Artificial Analysis").</summary>
    public required string Evaluator { get; init; }
    public bool Independent { get; init; }
    /// <summary>Source id.</summary>
    public required string Source { get; init; }
    /// <summary>The passage of the source that states the figure, verbatim.</summary>
    public required string Passage { get; init; }
    public string? Notes { get; init; }
    /// <summary>Set when the figure contradicts the official table; the reason is in <see cref="Notes"/>.</summary>
    public bool Disputed { get; init; }
    /// <summary>Set when the source rounds the figure ("roughly 76"): it never outranks an exact figure for the same cell.</summary>
    public bool Approximate { get; init; }
    public int Line { get; init; }
}
