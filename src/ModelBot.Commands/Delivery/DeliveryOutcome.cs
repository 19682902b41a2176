using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Delivery;

/// <summary>
/// What <see cref="AnswerDeliverer.DeliverAsync"/> decided: the reply to send in the acknowledgement, or (deferred) the
/// answer still coming, which the platform sends once the acknowledgement reached the user.
/// </summary>
public sealed class DeliveryOutcome
{
    private DeliveryOutcome(ReadOnlyMemory<byte> reply, Answer? answer, Task<Answer>? pending, bool fromCache)
    {
        Reply = reply;
        Answer = answer;
        Pending = pending;
        FromCache = fromCache;
    }

    /// <summary>The reply to send now; empty when deferred.</summary>
    public ReadOnlyMemory<byte> Reply { get; }

    /// <summary>
    /// The answer behind <see cref="Reply"/>: computed now, or kept with a cached reply; null for a deferred one and for
    /// a cached reply kept without it.
    /// </summary>
    public Answer? Answer { get; }

    /// <summary>
    /// The answer still being computed (deferred); it never faults: an unexpected failure becomes
    /// <see cref="DeliveryFailures.Unexpected"/>. Null when <see cref="Reply"/> holds the answer.
    /// </summary>
    public Task<Answer>? Pending { get; }

    /// <summary>Whether <see cref="Reply"/> came from the reply cache.</summary>
    public bool FromCache { get; }

    /// <summary>Whether the answer follows later (<see cref="Pending"/>).</summary>
    public bool IsDeferred => Pending is not null;

    internal static DeliveryOutcome Cached(ReadOnlyMemory<byte> reply, Answer? answer) => new(reply, answer, null, fromCache: true);

    internal static DeliveryOutcome Now(ReadOnlyMemory<byte> reply, Answer answer) => new(reply, answer, null, fromCache: false);

    internal static DeliveryOutcome Deferred(Task<Answer> pending) => new(default, null, pending, fromCache: false);
}
