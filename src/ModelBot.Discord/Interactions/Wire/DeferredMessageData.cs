namespace ModelBot.Discord.Interactions.Wire;

/// <summary>The data of a deferred response: 64 makes the eventual message ephemeral; null for a public one.</summary>
public sealed record DeferredMessageData(int? Flags);
