using ModelBot.Commands.Delivery;

namespace ModelBot.Discord.Interactions.Http;

/// <summary>The HTTP interactions transport (<c>POST /discord/interactions</c>) as an adapter.</summary>
public sealed class DiscordHttpTransport : HttpTransport
{
    /// <inheritdoc />
    public override string Name => TransportNames.DiscordHttp;

    /// <inheritdoc />
    public override string Platform => ChatRequestFactory.Platform;
}
