using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>An interaction response carrying a message (types 4 and 7) or nothing (types 1 and 6).</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, DiscordMessage? Data = null);
