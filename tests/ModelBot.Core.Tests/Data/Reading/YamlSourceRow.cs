namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>One entry of <c>sources.yaml</c> as written.</summary>
internal sealed class YamlSourceRow
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string? Date { get; set; }
    public string File { get; set; } = "";
    public string? Url { get; set; }
}
