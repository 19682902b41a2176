using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Interactions.Components;
using ModelBot.Discord.Interactions.Sources;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Settings;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// Discord's side of the one delivery path, whatever the transport: takes a parsed (and, over HTTP, verified)
/// <see cref="Interaction"/> and returns the <see cref="InteractionOutcome"/>: the callback to send now and, when the
/// <see cref="AnswerDeliverer"/> deferred the answer past <c>Discord:DeferAfterMilliseconds</c>, a deferred callback
/// (type 5 or 6) plus the <see cref="DeferredFollowUp"/> that edits @original exactly once. The HTTP endpoint returns
/// the callback as its response; the gateway POSTs it to <c>/interactions/{id}/{token}/callback</c>; both then hand
/// the outcome to <see cref="InteractionFollowUps"/>. Never acknowledges twice: every outcome holds exactly one callback.
/// </summary>
public sealed class InteractionProcessor(
    AnswerDeliverer deliverer,
    IChatRequestHandler handler,
    CommandCatalog catalog,
    AutocompleteResponder autocomplete,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<InteractionProcessor> logger,
    FollowOnSteps<DiscordReplyTarget> followOns,
    ReplyCache? cache = null)
{
    private const string ReplyKind = "reply";
    private const string PageKind = "page";
    private const string SourcesKind = "sources";
    private const string ChoicesKind = "autocomplete";

    private readonly DiscordOptions _options = options.Value;

    /// <summary>Decides the response to one interaction.</summary>
    /// <param name="interaction">The interaction, already verified when it came over HTTP.</param>
    /// <param name="transport"><see cref="TransportNames.DiscordHttp"/> or <see cref="TransportNames.DiscordGateway"/>.</param>
    /// <param name="cancellationToken">
    /// Ends the work (host shutdown); not the HTTP request's abort token, since a deferred answer outlives the request.
    /// </param>
    public ValueTask<InteractionOutcome> ProcessAsync(Interaction interaction, string transport, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionType.Ping => ValueTask.FromResult(new InteractionOutcome(InteractionCallback.Pong)),
        InteractionType.ApplicationCommand => CommandAsync(interaction, transport, cancellationToken),
        InteractionType.MessageComponent => ComponentAsync(interaction, transport, cancellationToken),
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

    private ValueTask<InteractionOutcome> CommandAsync(Interaction interaction, string transport, CancellationToken cancellationToken)
    {
        if (catalog.Find(interaction.Data?.Name ?? "") is not { } command)
        {
            return ValueTask.FromResult(Error(InteractionErrors.UnknownCommand(interaction.Data?.Name)));
        }
        var options = ChatRequestFactory.Options(command, interaction.Data?.Options);
        return AnswerAsync(
            interaction,
            transport,
            ChatRequestFactory.Create(interaction, command, options),
            CacheKey(ReplyKind, command, 0, options),
            answer => RenderPage(answer, 0, command, options),
            InteractionCallbackType.ChannelMessageWithSource,
            InteractionCallback.Deferred(ephemeral: command.Name == CommandNames.Help),
            followOn: true,
            cancellationToken);
    }

    private ValueTask<InteractionOutcome> ComponentAsync(Interaction interaction, string transport, CancellationToken cancellationToken)
    {
        if (!ComponentCustomId.TryDecode(interaction.Data?.CustomId, catalog, out var click)
            || catalog.Find(click.Command) is not { } command)
        {
            return ValueTask.FromResult(Error(InteractionErrors.UnknownButton));
        }
        var request = ChatRequestFactory.Create(interaction, command, click.Options);
        return click.Action == ComponentAction.Sources
            ? AnswerAsync(
                interaction,
                transport,
                request,
                CacheKey(SourcesKind, command, click.Page, click.Options),
                answer => answer.Ok ? SourcesMessageBuilder.Build(answer, click.Page) : DiscordMessageRenderer.Render(answer),
                InteractionCallbackType.ChannelMessageWithSource,
                InteractionCallback.Deferred(ephemeral: true),
                followOn: false,
                cancellationToken)
            : AnswerAsync(
                interaction,
                transport,
                request,
                CacheKey(PageKind, command, click.Page, click.Options),
                answer => RenderPage(answer, click.Page, command, click.Options),
                InteractionCallbackType.UpdateMessage,
                InteractionCallback.DeferredUpdate,
                followOn: false,
                cancellationToken);
    }

    private async ValueTask<InteractionOutcome> AnswerAsync(
        Interaction interaction,
        string transport,
        ChatRequest request,
        string? cacheKey,
        Func<Answer, DiscordMessage> render,
        InteractionCallbackType respondWith,
        InteractionCallback deferred,
        bool followOn,
        CancellationToken cancellationToken)
    {
        var outcome = await deliverer.DeliverAsync(
            new DeliveryRequest
            {
                Request = request,
                Transport = transport,
                Reference = interaction.Id ?? "",
                CacheKey = cacheKey,
                Budget = _options.DeferAfter,
                Render = answer => respondWith == InteractionCallbackType.UpdateMessage
                    ? InteractionCallback.Update(render(answer)).ToUtf8Json()
                    : InteractionCallback.Reply(render(answer)).ToUtf8Json(),
            },
            cancellationToken);
        // Signed bodies may still lack fields the wire type declares non-null ("application_id" missing was a 500).
        var applicationId = interaction.ApplicationId is { Length: > 0 } given ? given : _options.ApplicationId.Trim();
        var token = interaction.Token ?? "";
        var id = interaction.Id ?? "";
        var target = followOn && followOns.Any ? new DiscordReplyTarget(applicationId, token, id, transport) : null;
        if (outcome.Pending is { } pending)
        {
            return new InteractionOutcome(deferred, new DeferredFollowUp(pending, render, rest, logger, applicationId, token, id, deferred))
            {
                Delivered = target is null ? null : Delivered(request, target, pending),
            };
        }
        return new InteractionOutcome(InteractionCallback.FromJson(respondWith, outcome.Reply))
        {
            Delivered = target is null ? null : Delivered(request, target, outcome.Answer is { } answer ? Task.FromResult(answer) : null),
        };
    }

    /// <summary>The record a follow-on step adds to: the answer (or, for a cached reply, a way to compute it again).</summary>
    private DeliveredAnswer<DiscordReplyTarget> Delivered(ChatRequest request, DiscordReplyTarget target, Task<Answer>? answer) =>
        new(request, target, answer is { IsCompletedSuccessfully: true } ? answer.Result : null,
            async cancellationToken => answer is null ? await handler.HandleAsync(request, cancellationToken) : await answer);

    /// <summary>Autocomplete choices (type 8): per keystroke, so they come from the cache when the same text was typed before.</summary>
    private InteractionCallback Autocomplete(Interaction interaction)
    {
        var lookup = cache is { Capacity: > 0 } ? cache.Find(autocomplete.CacheKey(interaction, ChatRequestFactory.Platform, ChoicesKind)) : default;
        if (lookup.IsHit)
        {
            return InteractionCallback.FromJson(InteractionCallbackType.ApplicationCommandAutocompleteResult, lookup.Reply);
        }
        var callback = InteractionCallback.Autocomplete(autocomplete.Complete(interaction));
        cache?.Add(lookup, callback.ToUtf8Json());
        return callback;
    }

    /// <summary>The cache key of a reply: its kind, command, page and the option values in catalog order.</summary>
    private string? CacheKey(string kind, CommandDefinition command, int page, IReadOnlyDictionary<string, string> options)
    {
        if (!deliverer.Caching)
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
