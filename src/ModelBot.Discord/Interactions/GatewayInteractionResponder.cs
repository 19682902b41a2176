using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Delivery;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// The gateway's side of the shared dispatch path: parses an INTERACTION_CREATE, drops one already past Discord's
/// 3-second window (its callback could only fail), asks the <see cref="InteractionProcessor"/>, POSTs the callback,
/// and only once Discord accepted it hands the outcome to <see cref="InteractionFollowUps"/> (so
/// @original is never edited before the interaction is acknowledged, and never acknowledged twice). It returns once
/// the interaction is acknowledged: a slow answer does not hold one of the dispatcher's slots while new interactions wait.
/// </summary>
public sealed class GatewayInteractionResponder : IGatewayInteractionHandler
{
    private readonly InteractionProcessor _processor;
    private readonly InteractionCallbackSender _callbacks;
    private readonly InteractionFollowUps _followUps;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayInteractionResponder> _logger;

    private readonly TimeSpan _responseWindow;

    /// <summary>Creates the responder.</summary>
    public GatewayInteractionResponder(InteractionProcessor processor, InteractionCallbackSender callbacks, InteractionFollowUps followUps, TimeProvider time, IOptions<DiscordOptions> options, ILogger<GatewayInteractionResponder> logger)
    {
        _responseWindow = TimeSpan.FromMilliseconds(options.Value.InteractionResponseWindowMilliseconds);
        _processor = processor;
        _callbacks = callbacks;
        _followUps = followUps;
        _time = time;
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

        if (Snowflake.TryGetCreatedAt(parsed.Id, out var createdAt) && _time.GetUtcNow() - createdAt is var age && age >= _responseWindow)
        {
            // Queued behind others (or delayed on the way) past the window: a callback now fails with 10062.
            DiscordLog.InteractionExpired(_logger, parsed.Id, age);
            return;
        }

        var outcome = await _processor.ProcessAsync(parsed, TransportNames.DiscordGateway, cancellationToken);
        var sent = await _callbacks.SendAsync(parsed, outcome.Callback, cancellationToken);
        if (!sent.IsSuccess)
        {
            DiscordLog.CallbackFailed(_logger, parsed.Id, sent.Error ?? sent.StatusCode.ToString(CultureInfo.InvariantCulture));
            return;
        }
        _followUps.Start(outcome);
    }
}
