using Microsoft.Extensions.Logging;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Logging;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Events;

/// <summary>
/// Answers an <c>app_mention</c> through the one delivery path, in the thread of the mention with
/// <c>chat.postMessage</c> (ephemeral answers with <c>chat.postEphemeral</c>); ignores messages written by bots, the
/// bot's own included. The event was acknowledged before it was queued, so the answer always follows.
/// </summary>
public sealed class AppMentionHandler(
    AnswerDeliverer deliverer,
    SlackDispatcher dispatcher,
    SlackAnswerComposer composer,
    SlackApiClient api,
    SlackBotIdentity identity,
    ILogger<AppMentionHandler> logger)
{
    /// <summary>Answers <paramref name="callback"/>'s mention, or ignores it.</summary>
    /// <param name="callback">The event delivery.</param>
    /// <param name="transport">The transport it came on.</param>
    /// <param name="cancellationToken">Abandons the answer (host shutdown, after the bounded wait).</param>
    public async Task HandleAsync(EventCallback callback, string transport, CancellationToken cancellationToken)
    {
        var mention = callback.Event;
        if (mention is null || mention.Type != SlackEvent.AppMentionType || string.IsNullOrEmpty(mention.Channel))
        {
            SlackLog.EventIgnored(logger, callback.EventId, "not an app_mention in a channel");
            return;
        }
        if (!string.IsNullOrEmpty(mention.BotId) || mention.Subtype == "bot_message")
        {
            SlackLog.EventIgnored(logger, callback.EventId, "written by a bot");
            return;
        }
        if (mention.User is null || mention.User == await identity.GetUserIdAsync(cancellationToken))
        {
            SlackLog.EventIgnored(logger, callback.EventId, "written by ModelBot itself");
            return;
        }

        var text = MentionText.Strip(mention.Text);
        var command = text.Length == 0 ? CommandNames.Help : null;
        var request = SlackChatRequests.FromMention(callback, mention, text, command);
        var reference = callback.EventId ?? "app_mention";
        var outcome = await deliverer.DeliverAsync(
            new DeliveryRequest { Request = request, Transport = transport, Reference = reference, Budget = TimeSpan.Zero },
            cancellationToken);
        var answer = outcome.Answer ?? await outcome.Pending!.WaitAsync(cancellationToken);
        var message = composer.Compose(answer, new ButtonState(command, text, 0));
        var thread = mention.ThreadTs ?? mention.Ts;
        var error = message.ResponseType == ResponseTypes.Ephemeral
            ? (await api.PostEphemeralAsync(new ChatPostEphemeralRequest
            {
                Channel = mention.Channel,
                User = mention.User,
                Text = message.Text,
                Blocks = message.Blocks,
                ThreadTs = thread,
            }, cancellationToken)).Error
            : (await api.PostMessageAsync(new ChatPostMessageRequest
            {
                Channel = mention.Channel,
                Text = message.Text,
                Blocks = message.Blocks,
                ThreadTs = thread,
            }, cancellationToken)).Error;
        if (error is not null)
        {
            SlackLog.EventReplyFailed(logger, callback.EventId, error.ToString());
            return;
        }
        await dispatcher.RunFollowOnsAsync(reference, dispatcher.Delivered(request, transport, null, answer, thread), cancellationToken);
    }
}
