using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Text.Json;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Caching;
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
/// The one dispatch path of both Slack transports (HTTP endpoints and Socket Mode): slash commands answered within
/// the budget or acknowledged and answered on <c>response_url</c>; button clicks acknowledged and answered on
/// <c>response_url</c>; events acknowledged and queued. A slash command's reply is the same for everyone who sends the
/// same command and text, so its bytes come from the <see cref="ReplyCache"/> when it holds them.
/// </summary>
public sealed class SlackDispatcher
{
    /// <summary>The platform name in every <see cref="ChatRequest"/>.</summary>
    public const string Platform = "slack";

    private readonly IChatRequestHandler _handler;
    private readonly SlackAnswerComposer _composer;
    private readonly ReplyCache? _cache;
    private readonly SlackApiClient _api;
    private readonly ResponseUrlLedger _ledger;
    private readonly BackgroundWork _background;
    private readonly SlackEventQueue _events;
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackDispatcher> _logger;

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="cache">Registered with the command router; absent (another handler) nothing is cached.</param>
    public SlackDispatcher(
        IChatRequestHandler handler,
        SlackAnswerComposer composer,
        SlackApiClient api,
        ResponseUrlLedger ledger,
        BackgroundWork background,
        SlackEventQueue events,
        IOptions<SlackOptions> options,
        TimeProvider time,
        ILogger<SlackDispatcher> logger,
        ReplyCache? cache = null)
    {
        _handler = handler;
        _composer = composer;
        _cache = cache;
        _api = api;
        _ledger = ledger;
        _background = background;
        _events = events;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Answers <paramref name="command"/>: the reply to acknowledge with, or an empty acknowledgement when the answer will follow.</summary>
    public async ValueTask<SlashCommandReply> HandleSlashCommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (command.IsSslCheck)
        {
            return SlashCommandReply.Empty;
        }
        // The response_url is recorded only when the answer follows on it: a reply sent at once never uses it, and
        // recording every command's URL would hold thirty minutes of them.
        var arrived = _time.GetUtcNow();
        var name = SlackCommandNames.ToCatalog(command.Command, _options.CommandPrefix);
        var lookup = _cache is { Capacity: > 0 } cache ? cache.Find(new ReplyCacheKey(Platform, "reply", name, 0).Add(command.Text).Build()) : default;
        if (lookup.IsHit)
        {
            return new SlashCommandReply(lookup.Reply);
        }
        var replay = new ButtonState(name, command.Text, 0);
        var request = new ChatRequest
        {
            Platform = Platform,
            Command = name,
            Text = command.Text,
            UserId = command.UserId,
            ChannelId = command.ChannelId,
            GuildOrTeamId = command.TeamId,
        };

        var pending = _handler.HandleAsync(request, _background.Stopping);
        if (pending.IsCompletedSuccessfully)
        {
            var answer = pending.Result;
            return Remember(lookup, answer, _composer.Compose(answer, replay));
        }
        var work = pending.AsTask();
        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var timer = Task.Delay(_options.AnswerBudget, _time, budget.Token);
            if (await Task.WhenAny(work, timer) == work)
            {
                await budget.CancelAsync();
                return work.IsCompletedSuccessfully
                    ? Remember(lookup, work.Result, _composer.Compose(work.Result, replay))
                    : Reply(Compose(work, replay));
            }
        }

        SlackLog.SlashCommandDeferred(_logger, command.Command, _options.AnswerBudget.TotalMilliseconds);
        var responseUrl = command.ResponseUrl;
        if (responseUrl is { Length: > 0 })
        {
            _ledger.Issued(responseUrl, arrived);
        }
        _background.Run(async stopping =>
        {
            await ((Task)work).WaitAsync(stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            stopping.ThrowIfCancellationRequested();
            await PostAsync(responseUrl, Compose(work, replay), stopping);
        });
        return SlashCommandReply.Empty;
    }

    /// <summary>Acknowledges a button click and answers it in the background: a new page replaces the message, Sources replies ephemerally.</summary>
    public void HandleBlockActions(BlockActionsPayload payload)
    {
        if (payload.Type != BlockActionsPayload.BlockActionsType)
        {
            SlackLog.InteractionIgnored(_logger, $"type {payload.Type}");
            return;
        }
        // "actions": null or [null] deserialize despite the non-nullable declaration: signed garbage must not throw (a 500).
        var action = (payload.Actions ?? []).FirstOrDefault(a => a?.ActionId is ActionIds.PreviousPage or ActionIds.NextPage or ActionIds.Sources);
        var state = ButtonValue.Decode(action?.Value);
        if (action is null || state is null || string.IsNullOrEmpty(payload.ResponseUrl))
        {
            SlackLog.InteractionIgnored(_logger, "not a ModelBot button");
            return;
        }
        _ledger.Issued(payload.ResponseUrl);
        var request = new ChatRequest
        {
            Platform = Platform,
            Command = state.Command,
            Text = state.Text,
            UserId = payload.User?.Id,
            ChannelId = payload.Channel?.Id,
            GuildOrTeamId = payload.Team?.Id,
        };
        _background.Run(async stopping =>
        {
            var answer = await _handler.HandleAsync(request, stopping);
            var message = action.ActionId == ActionIds.Sources
                ? SourcesMessage.Build(answer)
                : _composer.Compose(answer, state with { Page = 0 }, state.Page) with { ResponseType = null, ReplaceOriginal = true };
            await PostAsync(payload.ResponseUrl, message, stopping);
        });
    }

    /// <summary>Queues an acknowledged event; false when the queue is full (do not acknowledge, so Slack retries).</summary>
    public bool EnqueueEvent(EventCallback callback, string? retryNum)
    {
        if (_events.TryEnqueue(new QueuedEvent(callback, retryNum)))
        {
            return true;
        }
        SlackLog.EventQueueFull(_logger, _events.Capacity, callback.EventId);
        return false;
    }

    /// <summary>The reply, kept for the next identical command unless the answer reports a passing fault.</summary>
    private SlashCommandReply Remember(in ReplyLookup lookup, Answer answer, SlackMessage message)
    {
        var reply = Reply(message);
        if (!answer.Transient)
        {
            _cache?.Add(lookup, reply.Json);
        }
        return reply;
    }

    private static SlashCommandReply Reply(SlackMessage message) =>
        new(JsonSerializer.SerializeToUtf8Bytes(message, SlackPayloadJsonContext.Wire.SlackMessage));

    private SlackMessage Compose(Task<Answer> work, ButtonState replay)
    {
        if (work.IsCompletedSuccessfully)
        {
            return _composer.Compose(work.Result, replay);
        }
        if (work.Exception is { } exception)
        {
            SlackLog.HandlingFailed(_logger, exception);
        }
        return _composer.Compose(new Answer
        {
            Ok = false,
            Command = replay.Command ?? "ask",
            Title = "Something went wrong",
            Error = "ModelBot could not answer this request. Please try again.",
            Ephemeral = true,
            Transient = true,
        }, replay);
    }

    private async Task PostAsync(string? responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(responseUrl) || !Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri))
        {
            SlackLog.ResponseUrlFailed(_logger, "no response_url");
            return;
        }
        if (!_ledger.TryUse(responseUrl))
        {
            SlackLog.ResponseUrlFailed(_logger, SlackApiErrorCodes.ResponseUrlExhausted);
            return;
        }
        var result = await _api.PostToResponseUrlAsync(uri, message, cancellationToken);
        if (!result.IsOk)
        {
            SlackLog.ResponseUrlFailed(_logger, result.Error.ToString());
        }
    }
}
