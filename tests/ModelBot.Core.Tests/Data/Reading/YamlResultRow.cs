namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>One entry of a <c>results/*.yaml</c> file as written.</summary>
internal sealed class YamlResultRow
{
    public string Model { get; set; } = "";
    public string Benchmark { get; set; } = "";
    public string Setting { get; set; } = "";
    public double Value { get; set; }
    public string Evaluator { get; set; } = "";
    public bool Independent { get; set; }
    public string Passage { get; set; } = "";
    public string? Notes { get; set; }
    public bool Disputed { get; set; }
}
