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
    /// <param name="answer">The answer, or null when the text came from the reply cache without it.</param>
    /// <param name="recompute">Answers <paramref name="request"/> again (only called for such a cached reply).</param>
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
    /// The answer delivered. The reply cache keeps a reply's answer beside its bytes when there is room; a reply served
    /// without it is answered again, on first call only. A step that needs no answer (charts switched off) asks for none.
    /// </summary>
    public ValueTask<Answer> GetAnswerAsync(CancellationToken cancellationToken) =>
        _answer is { } answer ? ValueTask.FromResult(answer) : _recompute(cancellationToken);
}
