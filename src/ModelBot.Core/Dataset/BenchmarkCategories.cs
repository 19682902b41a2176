namespace ModelBot.Core.Dataset;

/// <summary>
/// The categories a benchmark may have: the headings of Meta's official table ("Multimodal", "Text / Reasoning",
/// "Health", "Agentic"). A fixed set, so a typo in benchmarks.yaml is an error rather than a new category.
/// </summary>
public static class BenchmarkCategories
{
    /// <summary>Charts, images, visual reasoning.</summary>
    public const string Multimodal = "Multimodal";

    /// <summary>Knowledge, reasoning, maths and competitive programming.</summary>
    public const string TextReasoning = "Text / Reasoning";

    /// <summary>Medical knowledge and health conversations.</summary>
    public const string Health = "Health";

    /// <summary>Search, coding agents, tool use, office tasks.</summary>
    public const string Agentic = "Agentic";

    /// <summary>Every category, in the order of the official table.</summary>
    public static IReadOnlyList<string> All { get; } = [Multimodal, TextReasoning, Health, Agentic];
}
