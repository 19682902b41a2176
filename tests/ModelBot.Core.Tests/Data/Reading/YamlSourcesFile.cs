namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>Top-level shape of <c>sources.yaml</c>.</summary>
internal sealed class YamlSourcesFile
{
    public List<YamlSourceRow> Sources { get; set; } = [];
}
