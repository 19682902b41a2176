using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
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
/// outcome holds exactly one callback.
/// </summary>
public sealed class InteractionProcessor
{
    private readonly IChatRequestHandler _handler;
    private readonly CommandCatalog _catalog;
    private readonly AutocompleteResponder _autocomplete;
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InteractionProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    public InteractionProcessor(
        IChatRequestHandler handler,
        CommandCatalog catalog,
        AutocompleteResponder autocomplete,
        DiscordRestClient rest,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger<InteractionProcessor> logger)
    {
        _handler = handler;
        _catalog = catalog;
        _autocomplete = autocomplete;
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
        InteractionType.ApplicationCommandAutocomplete =>
            ValueTask.FromResult(new InteractionOutcome(InteractionCallback.Autocomplete(_autocomplete.Complete(interaction)))),
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
        var request = ChatRequestFactory.Create(interaction, command, options);
        return AnswerAsync(
            interaction,
            request,
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
        var request = ChatRequestFactory.Create(interaction, command, click.Options);
        return click.Action switch
        {
            ComponentAction.Sources => AnswerAsync(
                interaction,
                request,
                answer => answer.Ok ? SourcesMessageBuilder.Build(answer, click.Page) : DiscordMessageRenderer.Render(answer),
                InteractionCallback.Reply,
                InteractionCallback.Deferred(ephemeral: true),
                cancellationToken),
            _ => AnswerAsync(
                interaction,
                request,
                answer => RenderPage(answer, click.Page, command, click.Options),
                InteractionCallback.Update,
                InteractionCallback.DeferredUpdate,
                cancellationToken),
        };
    }

    private async ValueTask<InteractionOutcome> AnswerAsync(
        Interaction interaction,
        ChatRequest request,
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
            return new InteractionOutcome(respond(render(pending.Result)));
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
            return new InteractionOutcome(respond(render(await answer)));
        }

        DiscordLog.Deferred(_logger, interaction.Id, budget);
        var applicationId = interaction.ApplicationId.Length > 0 ? interaction.ApplicationId : _options.ApplicationId.Trim();
        return new InteractionOutcome(deferred, new DeferredFollowUp(answer, render, _rest, _logger, applicationId, interaction.Token, interaction.Id));
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

    private static InteractionOutcome Error(Answer answer) =>
        new(InteractionCallback.Reply(DiscordMessageRenderer.Render(answer)));
}
