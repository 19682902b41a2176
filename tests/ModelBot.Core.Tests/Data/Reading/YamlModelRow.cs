namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>One entry of <c>models.yaml</c> as written.</summary>
internal sealed class YamlModelRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string Vendor { get; set; } = "";
    public string? ReleaseDate { get; set; }
    public string Weights { get; set; } = "unknown";
    public string? Licence { get; set; }
    public long? ContextWindow { get; set; }
    public List<string> InputModalities { get; set; } = [];
    public List<string> OutputModalities { get; set; } = [];
    public List<string> Modes { get; set; } = [];
    public string? Notes { get; set; }
    public List<string> Sources { get; set; } = [];
}
