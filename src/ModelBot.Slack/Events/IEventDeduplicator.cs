namespace ModelBot.Slack.Events;

/// <summary>Remembers which events were handled, so Slack's retries of one <c>event_id</c> are answered once (shared across replicas with Redis).</summary>
public interface IEventDeduplicator
{
    /// <summary>Claims <paramref name="key"/>; true the first time within the de-duplication window, false afterwards.</summary>
    ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken);
}
