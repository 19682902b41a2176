using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Options;

namespace ModelBot.Slack.Events;

/// <summary>A bounded queue between acknowledging an event (HTTP or Socket Mode) and working on it.</summary>
public sealed class SlackEventQueue
{
    private readonly Channel<QueuedEvent> _channel;

    /// <summary>Creates a queue of <see cref="SlackOptions.EventQueueCapacity"/>.</summary>
    public SlackEventQueue(IOptions<SlackOptions> options)
    {
        Capacity = options.Value.EventQueueCapacity;
        _channel = Channel.CreateBounded<QueuedEvent>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>How many events may wait.</summary>
    public int Capacity { get; }

    /// <summary>Queues <paramref name="queued"/>; false when the queue is full.</summary>
    public bool TryEnqueue(QueuedEvent queued) => _channel.Writer.TryWrite(queued);

    /// <summary>The events, as workers read them.</summary>
    public ChannelReader<QueuedEvent> Reader => _channel.Reader;
}
