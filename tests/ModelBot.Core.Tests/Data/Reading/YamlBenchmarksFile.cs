namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>Top-level shape of <c>benchmarks.yaml</c>.</summary>
internal sealed class YamlBenchmarksFile
{
    public List<YamlBenchmarkRow> Benchmarks { get; set; } = [];
}
