using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Slack.Events;
using ModelBot.Slack.Options;

namespace ModelBot.Slack.Tests.Support;

/// <summary>The in-memory de-duplicator, reporting every claim and its outcome so tests can wait for them.</summary>
internal sealed class RecordingDeduplicator : IEventDeduplicator
{
    private readonly InMemoryEventDeduplicator _inner;
    private readonly Channel<(string Key, bool Claimed)> _claims = Channel.CreateUnbounded<(string, bool)>();

    public RecordingDeduplicator(FakeTimeProvider time) => _inner = new InMemoryEventDeduplicator(Microsoft.Extensions.Options.Options.Create(new SlackOptions()), time);

    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var claimed = await _inner.TryClaimAsync(key, cancellationToken);
        _claims.Writer.TryWrite((key, claimed));
        return claimed;
    }

    public ValueTask<(string Key, bool Claimed)> NextClaimAsync(CancellationToken cancellationToken) => _claims.Reader.ReadAsync(cancellationToken);
}
