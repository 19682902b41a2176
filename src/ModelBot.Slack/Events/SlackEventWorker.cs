using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Logging;

namespace ModelBot.Slack.Events;

/// <summary>
/// Drains the <see cref="SlackEventQueue"/> with a few concurrent readers; a failing event is logged, never fatal. On
/// shutdown the readers stop taking events, and the ones being answered finish (until <see cref="DeliveryWork"/>
/// abandons in-flight work: the shutdown timeout, or a second stop signal).
/// </summary>
public sealed class SlackEventWorker : BackgroundService
{
    private const int Readers = 4;

    private readonly SlackEventQueue _queue;
    private readonly SlackEventProcessor _processor;
    private readonly DeliveryWork _work;
    private readonly ILogger<SlackEventWorker> _logger;

    /// <summary>Creates the worker.</summary>
    public SlackEventWorker(SlackEventQueue queue, SlackEventProcessor processor, DeliveryWork work, ILogger<SlackEventWorker> logger)
    {
        _queue = queue;
        _processor = processor;
        _work = work;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => ReadAsync(stoppingToken)));

    private async Task ReadAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var queued in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await _processor.ProcessAsync(queued, _work.Abandoned);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !_work.Abandoned.IsCancellationRequested)
                {
                    SlackLog.HandlingFailed(_logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
