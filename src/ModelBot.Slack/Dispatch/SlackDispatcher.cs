using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Text.Json;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Events;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Logging;
using ModelBot.Slack.Options;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Dispatch;

/// <summary>
/// Slack's side of the one delivery path, for both transports (HTTP endpoints and Socket Mode): slash commands answered
/// by the <see cref="AnswerDeliverer"/> within <c>Slack:AnswerBudget</c> or acknowledged and answered on
/// <c>response_url</c>; button clicks acknowledged and answered on <c>response_url</c>; events acknowledged and queued.
/// Work after an acknowledgement runs on <see cref="DeliveryWork"/>, so shutdown waits for it (bounded).
/// </summary>
public sealed class SlackDispatcher(
    AnswerDeliverer deliverer,
    IChatRequestHandler handler,
    SlackAnswerComposer composer,
    SlackApiClient api,
    ResponseUrlLedger ledger,
    DeliveryWork work,
    FollowOnSteps<SlackReplyTarget> followOns,
    SlackEventQueue events,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackDispatcher> logger)
{
    /// <summary>The platform name in every <see cref="ChatRequest"/>.</summary>
    public const string Platform = SlackChatRequests.Platform;

    private readonly SlackOptions _options = options.Value;

    /// <summary>Answers <paramref name="command"/>: the reply to acknowledge with, or an empty acknowledgement when the answer will follow.</summary>
    /// <param name="command">The slash command.</param>
    /// <param name="transport"><see cref="TransportNames.SlackHttp"/> or <see cref="TransportNames.SlackSocket"/>.</param>
    public async ValueTask<SlashCommandReply> HandleSlashCommandAsync(SlashCommand command, string transport)
    {
        if (command.IsSslCheck)
        {
            return SlashCommandReply.Empty;
        }
        // The response_url is recorded only when the answer follows on it: a reply sent at once never uses it, and
        // recording every command's URL would hold thirty minutes of them.
        var arrived = time.GetUtcNow();
        var name = SlackCommandNames.ToCatalog(command.Command, _options.CommandPrefix);
        var replay = new ButtonState(name, command.Text, 0);
        var request = SlackChatRequests.FromSlashCommand(command, name);
        var outcome = await deliverer.DeliverAsync(
            new DeliveryRequest
            {
                Request = request,
                Transport = transport,
                Reference = command.Command,
                CacheKey = deliverer.Caching ? new ReplyCacheKey(Platform, "reply", name, 0).Add(command.Text).Build() : null,
                Budget = _options.AnswerBudget,
                Render = answer => Serialize(composer.Compose(answer, replay)),
            },
            work.Abandoned);
        var responseUrl = command.ResponseUrl;
        if (outcome.Pending is not { } pending)
        {
            return new SlashCommandReply(outcome.Reply)
            {
                Delivered = followOns.Any ? Delivered(request, transport, responseUrl, outcome.Answer) : null,
            };
        }

        SlackLog.SlashCommandDeferred(logger, command.Command, _options.AnswerBudget.TotalMilliseconds);
        if (responseUrl is { Length: > 0 })
        {
            ledger.Issued(responseUrl, arrived);
        }
        work.Start(command.Command, async cancellationToken =>
        {
            var answer = await pending.WaitAsync(cancellationToken);
            var message = composer.Compose(answer, replay);
            if (await PostAsync(responseUrl, message, cancellationToken) && followOns.Any)
            {
                await followOns.RunAsync(command.Command, Delivered(request, transport, responseUrl, answer), cancellationToken);
            }
        });
        return SlashCommandReply.Empty;
    }

    /// <summary>Runs the follow-on steps of a reply that held the answer, once its acknowledgement was sent.</summary>
    public void Acknowledged(SlashCommandReply reply)
    {
        if (reply.Delivered is { } delivered)
        {
            followOns.Start(delivered.Request.Command ?? "slash command", delivered);
        }
    }

    /// <summary>Acknowledges a button click and answers it in the background: a new page replaces the message, Sources replies ephemerally.</summary>
    public void HandleBlockActions(BlockActionsPayload payload, string transport)
    {
        if (payload.Type != BlockActionsPayload.BlockActionsType)
        {
            SlackLog.InteractionIgnored(logger, $"type {payload.Type}");
            return;
        }
        // "actions": null or [null] deserialize despite the non-nullable declaration: signed garbage must not throw (a 500).
        var action = (payload.Actions ?? []).FirstOrDefault(a => a?.ActionId is ActionIds.PreviousPage or ActionIds.NextPage or ActionIds.Sources);
        var state = ButtonValue.Decode(action?.Value);
        if (action is null || state is null || string.IsNullOrEmpty(payload.ResponseUrl))
        {
            SlackLog.InteractionIgnored(logger, "not a ModelBot button");
            return;
        }
        ledger.Issued(payload.ResponseUrl);
        var reference = action.ActionId ?? "block_actions";
        var sources = action.ActionId == ActionIds.Sources;
        var delivery = new DeliveryRequest
        {
            Request = SlackChatRequests.FromButton(payload, state),
            Transport = transport,
            Reference = reference,
            // Acknowledged already (an empty 200): the update always follows on response_url.
            Budget = TimeSpan.Zero,
            Render = answer => Serialize(Message(answer, state, sources)),
        };
        work.Start(reference, async cancellationToken =>
        {
            var outcome = await deliverer.DeliverAsync(delivery, cancellationToken);
            var answer = outcome.Answer ?? await outcome.Pending!.WaitAsync(cancellationToken);
            await PostAsync(payload.ResponseUrl, Message(answer, state, sources), cancellationToken);
        });
    }

    /// <summary>Queues an acknowledged event; false when the queue is full (do not acknowledge, so Slack retries).</summary>
    public bool EnqueueEvent(EventCallback callback, string? retryNum, string transport)
    {
        if (events.TryEnqueue(new QueuedEvent(callback, retryNum, transport)))
        {
            return true;
        }
        SlackLog.EventQueueFull(logger, events.Capacity, callback.EventId);
        return false;
    }

    /// <summary>The record follow-on steps add to (for a cached reply, the answer is computed again on demand).</summary>
    internal DeliveredAnswer<SlackReplyTarget> Delivered(ChatRequest request, string transport, string? responseUrl, Answer? answer, string? threadTs = null) =>
        new(request,
            new SlackReplyTarget(transport, request.ChannelId, threadTs, request.UserId, responseUrl, answer is { } shown && (!shown.Ok || shown.Ephemeral)),
            answer,
            cancellationToken => handler.HandleAsync(request, cancellationToken));

    /// <summary>Runs the follow-on steps now (inside work already running after a delivery).</summary>
    internal Task RunFollowOnsAsync(string reference, DeliveredAnswer<SlackReplyTarget> delivered, CancellationToken cancellationToken) =>
        followOns.Any ? followOns.RunAsync(reference, delivered, cancellationToken) : Task.CompletedTask;

    private SlackMessage Message(Answer answer, ButtonState state, bool sources) => sources
        ? SourcesMessage.Build(answer)
        : composer.Compose(answer, state with { Page = 0 }, state.Page) with { ResponseType = null, ReplaceOriginal = true };

    private static ReadOnlyMemory<byte> Serialize(SlackMessage message) =>
        JsonSerializer.SerializeToUtf8Bytes(message, SlackPayloadJsonContext.Wire.SlackMessage);

    /// <summary>Posts to a response_url within its allowance; true when Slack took the message.</summary>
    private async Task<bool> PostAsync(string? responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(responseUrl) || !Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri))
        {
            SlackLog.ResponseUrlFailed(logger, "no response_url");
            return false;
        }
        if (!ledger.TryUse(responseUrl))
        {
            SlackLog.ResponseUrlFailed(logger, SlackApiErrorCodes.ResponseUrlExhausted);
            return false;
        }
        var result = await api.PostToResponseUrlAsync(uri, message, cancellationToken);
        if (!result.IsOk)
        {
            SlackLog.ResponseUrlFailed(logger, result.Error.ToString());
        }
        return result.IsOk;
    }
}
