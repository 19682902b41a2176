using System.Text.Json.Serialization;

namespace ModelBot.Slack.Payloads;

/// <summary>A Block Kit layout block, written and read with its <c>type</c> first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record Block
{
    /// <summary>Optional id (at most 255 characters), echoed back in interactions.</summary>
    public string? BlockId { get; init; }
}
