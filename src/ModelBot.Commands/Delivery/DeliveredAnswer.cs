using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;

namespace ModelBot.Commands.Delivery;

/// <summary>An answer whose text reached the user, and where it went: what an <see cref="IAnswerFollowOn{TTarget}"/> adds to.</summary>
/// <typeparam name="TTarget">The platform's address of the delivered message.</typeparam>
public sealed class DeliveredAnswer<TTarget>
{
    private readonly Answer? _answer;
    private readonly Func<CancellationToken, ValueTask<Answer>> _recompute;

    /// <summary>Creates the record of a delivery.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="target">Where the text went.</param>
    /// <param name="answer">The answer, or null when the text came from the reply cache.</param>
    /// <param name="recompute">Answers <paramref name="request"/> again (only called for a cached reply).</param>
    public DeliveredAnswer(ChatRequest request, TTarget target, Answer? answer, Func<CancellationToken, ValueTask<Answer>> recompute)
    {
        Request = request;
        Target = target;
        _answer = answer;
        _recompute = recompute;
    }

    /// <summary>The request answered.</summary>
    public ChatRequest Request { get; }

    /// <summary>Where the text went.</summary>
    public TTarget Target { get; }

    /// <summary>
    /// The answer delivered. A reply served from the cache carries only its bytes, so the answer is computed again, on
    /// first call only: a step that needs no answer (charts switched off) costs nothing.
    /// </summary>
    public ValueTask<Answer> GetAnswerAsync(CancellationToken cancellationToken) =>
        _answer is { } answer ? ValueTask.FromResult(answer) : _recompute(cancellationToken);
}
