using Microsoft.Extensions.Logging;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Requests;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Logging;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Events;

/// <summary>
/// Answers an <c>app_mention</c> in the thread of the mention with <c>chat.postMessage</c> (ephemeral answers with
/// <c>chat.postEphemeral</c>); ignores messages written by bots, the bot's own included.
/// </summary>
public sealed class AppMentionHandler
{
    private readonly IChatRequestHandler _handler;
    private readonly SlackAnswerComposer _composer;
    private readonly SlackApiClient _api;
    private readonly SlackBotIdentity _identity;
    private readonly ILogger<AppMentionHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public AppMentionHandler(IChatRequestHandler handler, SlackAnswerComposer composer, SlackApiClient api, SlackBotIdentity identity, ILogger<AppMentionHandler> logger)
    {
        _handler = handler;
        _composer = composer;
        _api = api;
        _identity = identity;
        _logger = logger;
    }

    /// <summary>Answers <paramref name="callback"/>'s mention, or ignores it.</summary>
    public async Task HandleAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        var mention = callback.Event;
        if (mention is null || mention.Type != SlackEvent.AppMentionType || string.IsNullOrEmpty(mention.Channel))
        {
            SlackLog.EventIgnored(_logger, callback.EventId, "not an app_mention in a channel");
            return;
        }
        if (!string.IsNullOrEmpty(mention.BotId) || mention.Subtype == "bot_message")
        {
            SlackLog.EventIgnored(_logger, callback.EventId, "written by a bot");
            return;
        }
        if (mention.User is null || mention.User == await _identity.GetUserIdAsync(cancellationToken))
        {
            SlackLog.EventIgnored(_logger, callback.EventId, "written by ModelBot itself");
            return;
        }

        var text = MentionText.Strip(mention.Text);
        var command = text.Length == 0 ? CommandNames.Help : null;
        var answer = await _handler.HandleAsync(new ChatRequest
        {
            Platform = "slack",
            Text = text,
            Command = command,
            UserId = mention.User,
            ChannelId = mention.Channel,
            GuildOrTeamId = callback.TeamId,
        }, cancellationToken);
        var message = _composer.Compose(answer, new ButtonState(command, text, 0));
        var thread = mention.ThreadTs ?? mention.Ts;
        var error = message.ResponseType == ResponseTypes.Ephemeral
            ? (await _api.PostEphemeralAsync(new ChatPostEphemeralRequest
            {
                Channel = mention.Channel,
                User = mention.User,
                Text = message.Text,
                Blocks = message.Blocks,
                ThreadTs = thread,
            }, cancellationToken)).Error
            : (await _api.PostMessageAsync(new ChatPostMessageRequest
            {
                Channel = mention.Channel,
                Text = message.Text,
                Blocks = message.Blocks,
                ThreadTs = thread,
            }, cancellationToken)).Error;
        if (error is not null)
        {
            SlackLog.EventReplyFailed(_logger, callback.EventId, error.ToString());
        }
    }
}
