using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using ModelBot.Commands.Delivery;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;
using ModelBot.Discord.Security;

namespace ModelBot.Discord.Interactions.Http;

/// <summary>
/// <c>POST /discord/interactions</c>: reads the body once into a pooled buffer (capped), verifies the Ed25519
/// signature over timestamp + raw body before any parsing (every failure is 401), then answers with the
/// <see cref="InteractionProcessor"/>'s callback; what follows it (a deferred answer, follow-on steps) starts once the response has been sent.
/// </summary>
public sealed class InteractionsEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/discord/interactions";

    private readonly InteractionSignatureVerifier _verifier;
    private readonly InteractionProcessor _processor;
    private readonly InteractionFollowUps _followUps;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<InteractionsEndpoint> _logger;
    private readonly int _maxBodyBytes;

    /// <summary>Creates the endpoint.</summary>
    public InteractionsEndpoint(
        InteractionProcessor processor,
        InteractionFollowUps followUps,
        IHostApplicationLifetime lifetime,
        IOptions<DiscordOptions> options,
        ILogger<InteractionsEndpoint> logger)
    {
        _verifier = InteractionSignatureVerifier.FromHex(options.Value.PublicKey)
            ?? throw new OptionsValidationException(DiscordOptions.SectionName, typeof(DiscordOptions), ["Discord:PublicKey is not a valid Ed25519 public key."]);
        _processor = processor;
        _followUps = followUps;
        _lifetime = lifetime;
        _logger = logger;
        _maxBodyBytes = options.Value.MaxRequestBodyBytes;
    }

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!TryGetSingle(request.Headers, SignatureHeaders.Signature, out var signature)
            || !TryGetSingle(request.Headers, SignatureHeaders.Timestamp, out var timestamp)
            || timestamp.Length > SignatureHeaders.MaxTimestampLength)
        {
            Reject(response, "missing or malformed signature headers");
            return;
        }

        var (body, status) = await SignedRequestBody.ReadAsync(request.BodyReader, timestamp, request.ContentLength, _maxBodyBytes, context.RequestAborted);
        if (status == SignedBodyReadStatus.TooLarge || body is null)
        {
            DiscordLog.InteractionRejected(_logger, "body too large");
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Interaction? interaction;
        using (body)
        {
            if (!_verifier.Verify(signature, body.SignedMessage))
            {
                Reject(response, "invalid signature");
                return;
            }
            try
            {
                interaction = JsonSerializer.Deserialize(body.Body, InteractionJsonContext.Wire.Interaction);
            }
            catch (JsonException)
            {
                interaction = null;
            }
        }
        if (interaction is null)
        {
            DiscordLog.InteractionRejected(_logger, "signed body is not an interaction");
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var outcome = await _processor.ProcessAsync(interaction, TransportNames.DiscordHttp, _lifetime.ApplicationStopping);
        var json = outcome.Callback.ToUtf8Json();
        if (outcome.FollowUp is not null || outcome.Delivered is not null)
        {
            response.OnCompleted(() =>
            {
                _followUps.Start(outcome);
                return Task.CompletedTask;
            });
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = json.Length;
        await response.BodyWriter.WriteAsync(json, context.RequestAborted);
    }

    private void Reject(HttpResponse response, string reason)
    {
        DiscordLog.InteractionRejected(_logger, reason);
        response.StatusCode = StatusCodes.Status401Unauthorized;
    }

    private static bool TryGetSingle(IHeaderDictionary headers, string name, out string value)
    {
        StringValues values = headers[name];
        if (values.Count == 1 && values[0] is { Length: > 0 } single)
        {
            value = single;
            return true;
        }
        value = "";
        return false;
    }
}
