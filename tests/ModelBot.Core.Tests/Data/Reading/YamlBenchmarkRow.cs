namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>One entry of <c>benchmarks.yaml</c> as written.</summary>
internal sealed class YamlBenchmarkRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string Measures { get; set; } = "";
    public string Metric { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Direction { get; set; } = "higher";
    public string? Version { get; set; }
    public string? Notes { get; set; }
}
