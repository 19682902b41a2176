using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Logging;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// The gateway's side of the shared dispatch path: parses an INTERACTION_CREATE, asks the
/// <see cref="InteractionProcessor"/>, POSTs the callback, and only once Discord accepted it runs the deferred
/// follow-up (so @original is never edited before the interaction is acknowledged, and never acknowledged twice).
/// </summary>
public sealed class GatewayInteractionResponder : IGatewayInteractionHandler
{
    private readonly InteractionProcessor _processor;
    private readonly InteractionCallbackSender _callbacks;
    private readonly ILogger<GatewayInteractionResponder> _logger;

    /// <summary>Creates the responder.</summary>
    public GatewayInteractionResponder(InteractionProcessor processor, InteractionCallbackSender callbacks, ILogger<GatewayInteractionResponder> logger)
    {
        _processor = processor;
        _callbacks = callbacks;
        _logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        Interaction? parsed;
        try
        {
            parsed = interaction.Deserialize(InteractionJsonContext.Wire.Interaction);
        }
        catch (JsonException exception)
        {
            DiscordLog.UnreadableGatewayInteraction(_logger, exception.Message);
            return;
        }
        if (parsed is null || parsed.Id.Length == 0 || parsed.Token.Length == 0)
        {
            DiscordLog.UnreadableGatewayInteraction(_logger, "missing id or token");
            return;
        }

        var outcome = await _processor.ProcessAsync(parsed, cancellationToken);
        var sent = await _callbacks.SendAsync(parsed, outcome.Callback, cancellationToken);
        if (!sent.IsSuccess)
        {
            DiscordLog.CallbackFailed(_logger, parsed.Id, sent.Error ?? sent.StatusCode.ToString(CultureInfo.InvariantCulture));
            return;
        }
        if (outcome.FollowUp is { } followUp)
        {
            await followUp.RunAsync(cancellationToken);
        }
    }
}
