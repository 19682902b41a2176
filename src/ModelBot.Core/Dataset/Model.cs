namespace ModelBot.Core.Dataset;

/// <summary>An AI model as the curated dataset describes it. Facts the articles do not state stay null or empty.</summary>
public sealed record Model
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<FactPassage>> NoPassages = new Dictionary<string, IReadOnlyList<FactPassage>>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFactSources = new Dictionary<string, IReadOnlyList<string>>();

    private readonly IReadOnlyDictionary<string, IReadOnlyList<FactPassage>> _factPassages = NoPassages;

    /// <summary>Kebab-case id, e.g. <c>muse-spark</c>, <c>gpt-5.4</c>.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Other names an article gives the model (codenames such as Avocado, the articles' own spellings); a fact.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>
    /// Names people may type that no article gives as a name of their own ("Opus 4.7" for Claude Opus 4.7): found by
    /// name resolution like aliases, never shown as a fact.
    /// </summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];
    /// <summary>Who makes it; null when no article states it.</summary>
    public string? Vendor { get; init; }
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
    /// The passages stating each fact, by the fact's key in models.yaml (e.g. <c>context_window</c>), in the order
    /// written: one or more per source that states it. Setting it sets <see cref="FactSources"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FactPassage>> FactPassages
    {
        get => _factPassages;
        init
        {
            _factPassages = value;
            FactSources = value.ToDictionary(
                pair => pair.Key,
                pair => (IReadOnlyList<string>)[.. pair.Value.Select(p => p.Source).Distinct(StringComparer.Ordinal)],
                StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The sources citing each fact, by the fact's key: those with a passage for it in <see cref="FactPassages"/>.
    /// A fact without an entry (only <c>notes</c> in a loaded dataset) cites every source.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FactSources { get; private init; } = NoFactSources;
    /// <summary>1-based line in the data file where this model is declared (for error messages).</summary>
    public int Line { get; init; }
}
