namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>Top-level shape of one <c>results/&lt;source-id&gt;.yaml</c> file.</summary>
internal sealed class YamlResultsFile
{
    public string Source { get; set; } = "";
    public List<YamlResultRow> Results { get; set; } = [];
}
