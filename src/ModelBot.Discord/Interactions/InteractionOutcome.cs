using ModelBot.Commands.Delivery;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// What <see cref="InteractionProcessor"/> decided: the callback to send now and, when the answer was not ready
/// within the defer budget, the follow-up that edits @original once the callback has been delivered.
/// </summary>
/// <param name="Callback">The one acknowledgement of the interaction.</param>
/// <param name="FollowUp">Run after <paramref name="Callback"/> reached Discord; null when the callback holds the answer.</param>
public sealed record InteractionOutcome(InteractionCallback Callback, DeferredFollowUp? FollowUp = null)
{
    /// <summary>What follow-on steps add to once the answer's text is on screen; null for page turns, sources and errors.</summary>
    public DeliveredAnswer<DiscordReplyTarget>? Delivered { get; init; }
}
