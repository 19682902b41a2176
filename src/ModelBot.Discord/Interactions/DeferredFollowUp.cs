using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// The second half of a deferred interaction: waits for the answer, renders it, and edits the original response
/// (<c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>) exactly once, however often it is run.
/// </summary>
/// <remarks>
/// The deferral already fixed whether @original is public. When the answer turns out to be an error (rendered
/// ephemeral) but the deferral was public, the error goes to the user alone as an ephemeral follow-up message
/// (<c>POST /webhooks/{application_id}/{token}</c>, flags 64) and the public "thinking…" message is deleted; after a
/// deferred button click (type 6) the answer on screen stays untouched. Only if the follow-up fails is @original edited.
/// </remarks>
public sealed class DeferredFollowUp
{
    private readonly Task<Answer> _answer;
    private readonly Func<Answer, DiscordMessage> _render;
    private readonly DiscordRestClient _rest;
    private readonly ILogger _logger;
    private readonly string _applicationId;
    private readonly string _token;
    private readonly string _interactionId;
    private readonly InteractionCallback? _deferral;
    private int _started;

    /// <summary>Creates the follow-up of one interaction, deferred with <paramref name="deferral"/> (null: treated as ephemeral).</summary>
    public DeferredFollowUp(Task<Answer> answer, Func<Answer, DiscordMessage> render, DiscordRestClient rest, ILogger logger, string applicationId, string token, string interactionId, InteractionCallback? deferral = null)
    {
        _answer = answer;
        _render = render;
        _rest = rest;
        _logger = logger;
        _applicationId = applicationId;
        _token = token;
        _interactionId = interactionId;
        _deferral = deferral;
    }

    /// <summary>The interaction's id (safe to log, unlike its token).</summary>
    public string InteractionId => _interactionId;

    /// <summary>The webhook path edited.</summary>
    public string Path => $"/webhooks/{_applicationId}/{_token}/messages/@original";

    /// <summary>The webhook path an ephemeral follow-up message is posted to.</summary>
    public string FollowUpPath => $"/webhooks/{_applicationId}/{_token}";

    /// <summary>Edits @original with the answer (or sends an error privately); a second call returns null without sending anything.</summary>
    public async Task<DiscordRestResponse?> RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return null;
        }
        var answer = await _answer.WaitAsync(cancellationToken);
        var message = _render(answer);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, DiscordPayloadJsonContext.Wire.DiscordMessage);
        if (IsEphemeral(message) && _deferral is { } deferral && !IsEphemeralDeferral(deferral))
        {
            var private_ = await SendAsync(HttpMethod.Post, FollowUpPath, body, cancellationToken);
            if (private_.IsSuccess)
            {
                DiscordLog.DeferredErrorFollowUp(_logger, _interactionId);
                if (deferral.Type == InteractionCallbackType.DeferredChannelMessageWithSource)
                {
                    await SendAsync(HttpMethod.Delete, Path, null, cancellationToken);
                }
                return private_;
            }
            if (deferral.Type == InteractionCallbackType.DeferredUpdateMessage)
            {
                // Never replace the answer on screen with an error everyone sees.
                return private_;
            }
        }
        return await SendAsync(HttpMethod.Patch, Path, body, cancellationToken);
    }

    private async Task<DiscordRestResponse> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var response = await _rest.SendAsync(new DiscordRestRequest { Method = method, Path = path, JsonBody = body, UseBotToken = false }, cancellationToken);
        if (!response.IsSuccess)
        {
            DiscordLog.FollowUpFailed(_logger, _interactionId, response.Error ?? response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return response;
    }

    private static bool IsEphemeral(DiscordMessage message) => message.Flags is { } flags && (flags & MessageFlags.Ephemeral) != 0;

    private static bool IsEphemeralDeferral(InteractionCallback deferral) =>
        deferral.Type == InteractionCallbackType.DeferredChannelMessageWithSource && deferral.DeferredFlags is { } flags && (flags & MessageFlags.Ephemeral) != 0;
}
