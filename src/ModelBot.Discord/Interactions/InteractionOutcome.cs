namespace ModelBot.Discord.Interactions;

/// <summary>
/// What <see cref="InteractionProcessor"/> decided: the callback to send now and, when the answer was not ready
/// within the defer budget, the follow-up that edits @original once the callback has been delivered.
/// </summary>
/// <param name="Callback">The one acknowledgement of the interaction.</param>
/// <param name="FollowUp">Run after <paramref name="Callback"/> reached Discord; null when the callback holds the answer.</param>
public sealed record InteractionOutcome(InteractionCallback Callback, DeferredFollowUp? FollowUp = null);
