namespace ModelBot.Core.Dataset;

/// <summary>An AI model as the curated dataset describes it. Facts the articles do not state stay null or empty.</summary>
public sealed record Model
{
    /// <summary>Kebab-case id, e.g. <c>muse-spark</c>, <c>gpt-5.4</c>.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Vendor { get; init; }
    /// <summary>Release date; when only the month is stated ("released in April 2025"), its first day.</summary>
    public DateOnly? ReleaseDate { get; init; }
    /// <summary>Whether <see cref="ReleaseDate"/> gives the day (yyyy-mm-dd) or only the month (yyyy-mm).</summary>
    public bool ReleaseDayStated { get; init; } = true;
    public WeightsAvailability Weights { get; init; } = WeightsAvailability.Unknown;
    public string? Licence { get; init; }
    /// <summary>Context window in tokens.</summary>
    public long? ContextWindow { get; init; }
    public IReadOnlyList<string> InputModalities { get; init; } = [];
    public IReadOnlyList<string> OutputModalities { get; init; } = [];
    /// <summary>Reasoning or product modes, e.g. Instant, Thinking, Contemplating.</summary>
    public IReadOnlyList<string> Modes { get; init; } = [];
    /// <summary>What each of <see cref="Modes"/> does, as the articles describe it (mode name → description).</summary>
    public IReadOnlyDictionary<string, string> ModeNotes { get; init; } = new Dictionary<string, string>();
    /// <summary>How the model can be used (API, apps, preview), as the articles state it.</summary>
    public string? Access { get; init; }
    /// <summary>Its parameter count, or the articles' statement that it is undisclosed.</summary>
    public string? Parameters { get; init; }
    /// <summary>Its price, or the articles' statement about pricing.</summary>
    public string? Pricing { get; init; }
    public string? Notes { get; init; }
    /// <summary>Source ids that support the facts above.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>
    /// For a fact only some of <see cref="Sources"/> state, those sources, by the fact's key in models.yaml
    /// (e.g. <c>context_window</c>); a fact without an entry cites every source.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FactSources { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>1-based line in the data file where this model is declared (for error messages).</summary>
    public int Line { get; init; }
}
