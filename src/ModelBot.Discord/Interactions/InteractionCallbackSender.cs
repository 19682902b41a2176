using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Interactions;

/// <summary>Sends an interaction's callback over REST (<c>POST /interactions/{id}/{token}/callback</c>), for interactions that arrive over the gateway.</summary>
public sealed class InteractionCallbackSender
{
    private readonly DiscordRestClient _rest;

    /// <summary>Creates the sender.</summary>
    public InteractionCallbackSender(DiscordRestClient rest) => _rest = rest;

    /// <summary>Posts <paramref name="callback"/> once; a POST is never retried after an unavailable server (it may have been processed).</summary>
    public Task<DiscordRestResponse> SendAsync(Interaction interaction, InteractionCallback callback, CancellationToken cancellationToken) =>
        _rest.SendAsync(
            new DiscordRestRequest
            {
                Method = HttpMethod.Post,
                Path = $"/interactions/{interaction.Id}/{interaction.Token}/callback",
                JsonBody = callback.ToUtf8Json(),
                UseBotToken = false,
            },
            cancellationToken);
}
