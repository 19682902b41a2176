namespace ModelBot.Core.Dataset;

/// <summary>Where figures come from: one seed article.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>The seed file's name, e.g. <c>000_ca18bac8ba8b8034.txt</c>.</summary>
    public required string File { get; init; }
    public string? Url { get; init; }
    public int Line { get; init; }
}
