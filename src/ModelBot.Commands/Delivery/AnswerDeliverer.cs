using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Requests;

namespace ModelBot.Commands.Delivery;

/// <summary>
/// The one delivery path of every platform and transport: reply from the cache when it holds the reply; otherwise ask
/// the handler, answer in the acknowledgement when the answer is ready within the request's budget, defer when it is
/// not; remember the rendered reply for the next identical request unless the answer reports a passing fault. A
/// handler that throws never takes the transport down: the user is told to try again.
/// </summary>
/// <param name="cache">Registered with the command router; absent (another handler) nothing is cached.</param>
public sealed class AnswerDeliverer(
    IChatRequestHandler handler,
    DeliveryMetrics metrics,
    TimeProvider time,
    ILogger<AnswerDeliverer> logger,
    ReplyCache? cache = null)
{
    /// <summary>Whether replies are cached at all (callers skip building keys when not).</summary>
    public bool Caching => cache is { Capacity: > 0 };

    /// <summary>Answers <paramref name="delivery"/> now (cached or within its budget) or defers it.</summary>
    /// <param name="delivery">The request and how to render and cache its reply.</param>
    /// <param name="cancellationToken">
    /// Ends the work (host shutdown); not an HTTP request's abort token, since a deferred answer outlives the request.
    /// </param>
    public async ValueTask<DeliveryOutcome> DeliverAsync(DeliveryRequest delivery, CancellationToken cancellationToken)
    {
        var request = delivery.Request;
        var started = time.GetTimestamp();
        var lookup = delivery.Render is null ? default : Find(request.Platform, delivery.CacheKey);
        if (lookup.IsHit)
        {
            metrics.Request(request.Platform, delivery.Transport, request.Command, DeliveryMetrics.Cached);
            metrics.Latency(request.Platform, delivery.Transport, request.Command, time.GetElapsedTime(started), deferred: false);
            return DeliveryOutcome.Cached(lookup.Reply, lookup.Answer);
        }

        var answer = GuardAsync(delivery, cancellationToken);
        if (!answer.IsCompleted && delivery.Budget > TimeSpan.Zero)
        {
            try
            {
                await answer.WaitAsync(delivery.Budget, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Not ready within the budget: defer below.
            }
        }
        if (answer.IsCompleted)
        {
            var ready = await answer;
            Measure(delivery, ready, started, deferred: false);
            return DeliveryOutcome.Now(delivery.Render is { } render ? Remember(lookup, ready, render(ready)) : default, ready);
        }

        DeliveryLog.Deferred(logger, delivery.Transport, delivery.Reference, delivery.Budget);
        metrics.Deferral(request.Platform, delivery.Transport, request.Command);
        return DeliveryOutcome.Deferred(FinishAsync(answer, delivery, lookup, started));
    }

    /// <summary>The handler's answer; an unexpected failure becomes <see cref="DeliveryFailures.Unexpected"/> (logged with the reference).</summary>
    private async Task<Answer> GuardAsync(DeliveryRequest delivery, CancellationToken cancellationToken)
    {
        try
        {
            return await handler.HandleAsync(delivery.Request, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DeliveryLog.HandlerFailed(logger, exception, delivery.Transport, delivery.Reference);
            return DeliveryFailures.Unexpected(delivery.Request.Command ?? "");
        }
    }

    /// <summary>After a deferral: measures the answer and keeps its reply for the next identical request.</summary>
    private async Task<Answer> FinishAsync(Task<Answer> pending, DeliveryRequest delivery, ReplyLookup lookup, long started)
    {
        var answer = await pending;
        Measure(delivery, answer, started, deferred: true);
        if (lookup.Key is not null && !answer.Transient && delivery.Render is { } render)
        {
            Remember(lookup, answer, render(answer));
        }
        return answer;
    }

    private void Measure(DeliveryRequest delivery, Answer answer, long started, bool deferred)
    {
        var request = delivery.Request;
        var outcome = answer.Transient ? DeliveryMetrics.Failed : deferred ? DeliveryMetrics.Deferred : DeliveryMetrics.Answered;
        metrics.Request(request.Platform, delivery.Transport, request.Command, outcome);
        metrics.Latency(request.Platform, delivery.Transport, request.Command, time.GetElapsedTime(started), deferred);
    }

    private ReplyLookup Find(string platform, string? key)
    {
        if (key is null || cache is not { Capacity: > 0 })
        {
            return default;
        }
        var lookup = cache.Find(key);
        if (lookup.Key is not null)
        {
            metrics.CacheLookup(platform, lookup.IsHit);
        }
        return lookup;
    }

    private ReadOnlyMemory<byte> Remember(in ReplyLookup lookup, Answer answer, ReadOnlyMemory<byte> reply)
    {
        if (!answer.Transient)
        {
            cache?.Add(lookup, reply, answer);
        }
        return reply;
    }
}
