namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>Top-level shape of <c>models.yaml</c>.</summary>
internal sealed class YamlModelsFile
{
    public List<YamlModelRow> Models { get; set; } = [];
}
