using System.Text.Json.Serialization;

namespace ModelBot.Slack.Payloads;

/// <summary>A table cell, written with its <c>type</c> first: plain text, or rich text when it is bold.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RawTextCell), "raw_text")]
[JsonDerivedType(typeof(RichTextCell), "rich_text")]
public abstract record TableCell;

/// <summary>Text shown as it is (no markup); at least one character.</summary>
public sealed record RawTextCell(string Text) : TableCell;

/// <summary>A <c>rich_text</c> block as a cell: one section of text runs.</summary>
public sealed record RichTextCell(IReadOnlyList<RichTextSection> Elements) : TableCell
{
    /// <summary>A cell whose whole text is bold (a header, a leading figure).</summary>
    public static RichTextCell Bold(string text) => new([new RichTextSection([new RichTextRun(text, new RichTextStyle(Bold: true))])]);
}

/// <summary>A <c>rich_text_section</c>: runs of text in one paragraph.</summary>
public sealed record RichTextSection(IReadOnlyList<RichTextRun> Elements)
{
    /// <summary>Always "rich_text_section".</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "rich_text_section";
}

/// <summary>A <c>text</c> element of rich text, shown literally, optionally styled.</summary>
public sealed record RichTextRun(string Text, RichTextStyle? Style = null)
{
    /// <summary>Always "text".</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "text";
}

/// <summary>A rich text run's style.</summary>
public sealed record RichTextStyle(bool? Bold = null);
