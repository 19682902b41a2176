using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Interactions.Components;
using ModelBot.Discord.Interactions.Sources;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// The one dispatch path for Discord interactions, whatever the transport: takes a parsed (and, over HTTP, verified)
/// <see cref="Interaction"/> and returns the <see cref="InteractionOutcome"/>: the callback to send now and, when the
/// answer is not ready within <c>Discord:DeferAfterMilliseconds</c>, a deferred callback (type 5 or 6) plus the
/// <see cref="DeferredFollowUp"/> that edits @original exactly once. The HTTP endpoint returns the callback as its
/// response; the gateway POSTs it to <c>/interactions/{id}/{token}/callback</c>. Never acknowledges twice: every
/// outcome holds exactly one callback. Replies to commands and buttons are the same for everyone who sends the same
/// command, options and page, so their bytes come from the <see cref="ReplyCache"/> when it holds them.
/// </summary>
public sealed class InteractionProcessor
{
    private const string ReplyKind = "reply";
    private const string PageKind = "page";
    private const string SourcesKind = "sources";
    private const string ChoicesKind = "autocomplete";

    private readonly IChatRequestHandler _handler;
    private readonly CommandCatalog _catalog;
    private readonly AutocompleteResponder _autocomplete;
    private readonly ReplyCache? _cache;
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InteractionProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    /// <param name="cache">Registered with the command router; absent (another handler) nothing is cached.</param>
    public InteractionProcessor(
        IChatRequestHandler handler,
        CommandCatalog catalog,
        AutocompleteResponder autocomplete,
        DiscordRestClient rest,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger<InteractionProcessor> logger,
        ReplyCache? cache = null)
    {
        _handler = handler;
        _catalog = catalog;
        _autocomplete = autocomplete;
        _cache = cache;
        _rest = rest;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Decides the response to one interaction.</summary>
    /// <param name="interaction">The interaction, already verified when it came over HTTP.</param>
    /// <param name="cancellationToken">
    /// Ends the work (host shutdown); not the HTTP request's abort token, since a deferred answer outlives the request.
    /// </param>
    public ValueTask<InteractionOutcome> ProcessAsync(Interaction interaction, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionType.Ping => ValueTask.FromResult(new InteractionOutcome(InteractionCallback.Pong)),
        InteractionType.ApplicationCommand => CommandAsync(interaction, cancellationToken),
        InteractionType.MessageComponent => ComponentAsync(interaction, cancellationToken),
        InteractionType.ApplicationCommandAutocomplete => ValueTask.FromResult(new InteractionOutcome(Autocomplete(interaction))),
        InteractionType.ModalSubmit => ValueTask.FromResult(Error(InteractionErrors.ModalNotSupported)),
        _ => ValueTask.FromResult(Error(InteractionErrors.UnsupportedInteraction)),
    };

    /// <summary>The message for <paramref name="page"/> of an answer, with its paging and sources buttons.</summary>
    public static DiscordMessage RenderPage(Answer answer, int page, CommandDefinition command, IReadOnlyDictionary<string, string> options)
    {
        if (command.Name == CommandNames.Help && !answer.Ephemeral)
        {
            answer = answer with { Ephemeral = true };
        }
        var pageCount = DiscordMessageRenderer.PageCount(answer);
        var message = DiscordMessageRenderer.Render(answer, page);
        var buttons = AnswerButtons.Build(answer, Math.Clamp(page, 0, Math.Max(0, pageCount - 1)), pageCount, command, options);
        return buttons is null ? message : message with { Components = buttons };
    }

    private ValueTask<InteractionOutcome> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (_catalog.Find(interaction.Data?.Name ?? "") is not { } command)
        {
            return ValueTask.FromResult(Error(InteractionErrors.UnknownCommand(interaction.Data?.Name)));
        }
        var options = ChatRequestFactory.Options(command, interaction.Data?.Options);
        var lookup = Find(CacheKey(ReplyKind, command, 0, options));
        if (lookup.IsHit)
        {
            return ValueTask.FromResult(new InteractionOutcome(InteractionCallback.FromJson(InteractionCallbackType.ChannelMessageWithSource, lookup.Reply)));
        }
        var request = ChatRequestFactory.Create(interaction, command, options);
        return AnswerAsync(
            interaction,
            request,
            lookup,
            answer => RenderPage(answer, 0, command, options),
            InteractionCallback.Reply,
            InteractionCallback.Deferred(ephemeral: command.Name == CommandNames.Help),
            cancellationToken);
    }

    private ValueTask<InteractionOutcome> ComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!ComponentCustomId.TryDecode(interaction.Data?.CustomId, _catalog, out var click)
            || _catalog.Find(click.Command) is not { } command)
        {
            return ValueTask.FromResult(Error(InteractionErrors.UnknownButton));
        }
        var sources = click.Action == ComponentAction.Sources;
        var lookup = Find(CacheKey(sources ? SourcesKind : PageKind, command, click.Page, click.Options));
        if (lookup.IsHit)
        {
            var type = sources ? InteractionCallbackType.ChannelMessageWithSource : InteractionCallbackType.UpdateMessage;
            return ValueTask.FromResult(new InteractionOutcome(InteractionCallback.FromJson(type, lookup.Reply)));
        }
        var request = ChatRequestFactory.Create(interaction, command, click.Options);
        return sources switch
        {
            true => AnswerAsync(
                interaction,
                request,
                lookup,
                answer => answer.Ok ? SourcesMessageBuilder.Build(answer, click.Page) : DiscordMessageRenderer.Render(answer),
                InteractionCallback.Reply,
                InteractionCallback.Deferred(ephemeral: true),
                cancellationToken),
            false => AnswerAsync(
                interaction,
                request,
                lookup,
                answer => RenderPage(answer, click.Page, command, click.Options),
                InteractionCallback.Update,
                InteractionCallback.DeferredUpdate,
                cancellationToken),
        };
    }

    private async ValueTask<InteractionOutcome> AnswerAsync(
        Interaction interaction,
        ChatRequest request,
        ReplyLookup lookup,
        Func<Answer, DiscordMessage> render,
        Func<DiscordMessage, InteractionCallback> respond,
        InteractionCallback deferred,
        CancellationToken cancellationToken)
    {
        ValueTask<Answer> pending;
        try
        {
            pending = _handler.HandleAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(_logger, exception, interaction.Id);
            return new InteractionOutcome(respond(render(InteractionErrors.Failure(request.Command ?? ""))));
        }
        if (pending.IsCompletedSuccessfully)
        {
            var answered = pending.Result;
            return new InteractionOutcome(Remember(lookup, answered, respond(render(answered))));
        }

        var answer = GuardAsync(pending, request, interaction.Id);
        var budget = _options.DeferAfter;
        if (!answer.IsCompleted && budget > TimeSpan.Zero)
        {
            try
            {
                await answer.WaitAsync(budget, _time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Not ready within the budget: defer below.
            }
        }
        if (answer.IsCompleted)
        {
            var ready = await answer;
            return new InteractionOutcome(Remember(lookup, ready, respond(render(ready))));
        }

        DiscordLog.Deferred(_logger, interaction.Id, budget);
        var applicationId = interaction.ApplicationId.Length > 0 ? interaction.ApplicationId : _options.ApplicationId.Trim();
        return new InteractionOutcome(deferred, new DeferredFollowUp(answer, render, _rest, _logger, applicationId, interaction.Token, interaction.Id, deferred));
    }

    private async Task<Answer> GuardAsync(ValueTask<Answer> pending, ChatRequest request, string interactionId)
    {
        try
        {
            return await pending;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(_logger, exception, interactionId);
            return InteractionErrors.Failure(request.Command ?? "");
        }
    }

    /// <summary>Autocomplete choices (type 8): per keystroke, so they come from the cache when the same text was typed before.</summary>
    private InteractionCallback Autocomplete(Interaction interaction)
    {
        var lookup = Find(_cache is { Capacity: > 0 } ? _autocomplete.CacheKey(interaction, ChatRequestFactory.Platform, ChoicesKind) : null);
        if (lookup.IsHit)
        {
            return InteractionCallback.FromJson(InteractionCallbackType.ApplicationCommandAutocompleteResult, lookup.Reply);
        }
        var callback = InteractionCallback.Autocomplete(_autocomplete.Complete(interaction));
        _cache?.Add(lookup, callback.ToUtf8Json());
        return callback;
    }

    /// <summary>Keeps the callback's bytes for the next identical request, unless the answer reports a passing fault.</summary>
    private InteractionCallback Remember(in ReplyLookup lookup, Answer answer, InteractionCallback callback)
    {
        if (!answer.Transient)
        {
            _cache?.Add(lookup, callback.ToUtf8Json());
        }
        return callback;
    }

    private ReplyLookup Find(string? key) => _cache?.Find(key) ?? default;

    /// <summary>The cache key of a reply: its kind, command, page and the option values in catalog order.</summary>
    private string? CacheKey(string kind, CommandDefinition command, int page, IReadOnlyDictionary<string, string> options)
    {
        if (_cache is not { Capacity: > 0 })
        {
            return null;
        }
        var key = new ReplyCacheKey(ChatRequestFactory.Platform, kind, command.Name, page);
        foreach (var option in command.Options)
        {
            key.Add(options.TryGetValue(option.Name, out var value) ? value : null);
        }
        return key.Build();
    }

    private static InteractionOutcome Error(Answer answer) =>
        new(InteractionCallback.Reply(DiscordMessageRenderer.Render(answer)));
}
