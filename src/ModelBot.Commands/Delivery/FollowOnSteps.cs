using Microsoft.Extensions.Logging;

namespace ModelBot.Commands.Delivery;

/// <summary>Runs the registered <see cref="IAnswerFollowOn{TTarget}"/> steps of one platform after a delivery, on <see cref="DeliveryWork"/>.</summary>
/// <typeparam name="TTarget">The platform's address of a delivered message.</typeparam>
public sealed class FollowOnSteps<TTarget>(IEnumerable<IAnswerFollowOn<TTarget>> steps, DeliveryWork work, ILogger<FollowOnSteps<TTarget>> logger)
{
    private readonly IAnswerFollowOn<TTarget>[] _steps = [.. steps];

    /// <summary>Whether any step is registered (when none, delivery does no extra work at all).</summary>
    public bool Any => _steps.Length > 0;

    /// <summary>Starts the steps for <paramref name="delivered"/> in the background (nothing when none is registered).</summary>
    /// <param name="reference">Names the delivery in logs (an interaction or event id).</param>
    /// <param name="delivered">The delivered answer and where it went.</param>
    public void Start(string reference, DeliveredAnswer<TTarget> delivered)
    {
        if (_steps.Length > 0)
        {
            work.Start(reference, cancellationToken => RunAsync(reference, delivered, cancellationToken));
        }
    }

    /// <summary>Runs the steps in order now; one that fails is logged and the next still runs.</summary>
    public async Task RunAsync(string reference, DeliveredAnswer<TTarget> delivered, CancellationToken cancellationToken)
    {
        foreach (var step in _steps)
        {
            try
            {
                await step.RunAsync(delivered, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                DeliveryLog.FollowOnFailed(logger, exception, reference, step.GetType().Name);
            }
        }
    }
}
