using Microsoft.Extensions.Logging;
using ModelBot.Slack.Logging;

namespace ModelBot.Slack.Events;

/// <summary>Works on one acknowledged event: drops retries of an <c>event_id</c> already claimed, then answers it.</summary>
public sealed class SlackEventProcessor
{
    private readonly IEventDeduplicator _deduplicator;
    private readonly AppMentionHandler _mentions;
    private readonly ILogger<SlackEventProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    public SlackEventProcessor(IEventDeduplicator deduplicator, AppMentionHandler mentions, ILogger<SlackEventProcessor> logger)
    {
        _deduplicator = deduplicator;
        _mentions = mentions;
        _logger = logger;
    }

    /// <summary>Handles <paramref name="queued"/> once per event id.</summary>
    public async Task ProcessAsync(QueuedEvent queued, CancellationToken cancellationToken)
    {
        var callback = queued.Callback;
        if (string.IsNullOrEmpty(callback.EventId))
        {
            SlackLog.EventIgnored(_logger, null, "no event_id");
            return;
        }
        if (!await _deduplicator.TryClaimAsync(callback.EventId, cancellationToken))
        {
            SlackLog.EventDuplicate(_logger, callback.EventId, queued.RetryNum);
            return;
        }
        await _mentions.HandleAsync(callback, queued.Transport, cancellationToken);
    }
}
