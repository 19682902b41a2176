using ModelBot.Commands.Delivery;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// What happens once an interaction's callback reached Discord, on either transport: the deferred follow-up edits
/// @original, then the follow-on steps (charts) add to the answer, all on <see cref="DeliveryWork"/>, so shutdown waits
/// for them (bounded). Never before the acknowledgement: @original does not exist until then.
/// </summary>
public sealed class InteractionFollowUps(DeliveryWork work, FollowOnSteps<DiscordReplyTarget> followOns)
{
    /// <summary>Starts what follows <paramref name="outcome"/>'s acknowledgement (nothing when the callback held the whole answer and no step is registered).</summary>
    public void Start(InteractionOutcome outcome)
    {
        if (outcome.FollowUp is { } followUp)
        {
            work.Start(followUp.InteractionId, async cancellationToken =>
            {
                var sent = await followUp.RunAsync(cancellationToken);
                if (sent is { IsSuccess: true } && outcome.Delivered is { } delivered)
                {
                    await followOns.RunAsync(followUp.InteractionId, delivered, cancellationToken);
                }
            });
        }
        else if (outcome.Delivered is { } delivered)
        {
            followOns.Start(delivered.Target.InteractionId, delivered);
        }
    }

    /// <summary>Waits until every follow-up started so far has finished (tests).</summary>
    public Task WhenIdleAsync() => work.WhenIdleAsync();
}
