namespace ModelBot.Slack.Events;

/// <summary>An acknowledged event waiting for a worker.</summary>
/// <param name="Callback">The event delivery.</param>
/// <param name="RetryNum">Slack's <c>X-Slack-Retry-Num</c> (or Socket Mode retry_attempt), null on a first delivery.</param>
public sealed record QueuedEvent(EventCallback Callback, string? RetryNum);
