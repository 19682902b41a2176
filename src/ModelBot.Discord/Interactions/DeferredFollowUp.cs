using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// The second half of a deferred interaction: waits for the answer, renders it, and edits the original response
/// (<c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>) exactly once, however often it is run.
/// </summary>
public sealed class DeferredFollowUp
{
    private readonly Task<Answer> _answer;
    private readonly Func<Answer, DiscordMessage> _render;
    private readonly DiscordRestClient _rest;
    private readonly ILogger _logger;
    private readonly string _applicationId;
    private readonly string _token;
    private readonly string _interactionId;
    private int _started;

    /// <summary>Creates the follow-up of one interaction.</summary>
    public DeferredFollowUp(Task<Answer> answer, Func<Answer, DiscordMessage> render, DiscordRestClient rest, ILogger logger, string applicationId, string token, string interactionId)
    {
        _answer = answer;
        _render = render;
        _rest = rest;
        _logger = logger;
        _applicationId = applicationId;
        _token = token;
        _interactionId = interactionId;
    }

    /// <summary>The webhook path edited.</summary>
    public string Path => $"/webhooks/{_applicationId}/{_token}/messages/@original";

    /// <summary>Edits @original with the answer; a second call returns null without sending anything.</summary>
    public async Task<DiscordRestResponse?> RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return null;
        }
        var answer = await _answer.WaitAsync(cancellationToken);
        var message = _render(answer);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, DiscordPayloadJsonContext.Wire.DiscordMessage);
        var response = await _rest.SendAsync(
            new DiscordRestRequest { Method = HttpMethod.Patch, Path = Path, JsonBody = body, UseBotToken = false },
            cancellationToken);
        if (!response.IsSuccess)
        {
            DiscordLog.FollowUpFailed(_logger, _interactionId, response.Error ?? response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return response;
    }
}
