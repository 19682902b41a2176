namespace ModelBot.Slack.Events;

/// <summary>An acknowledged event waiting for a worker.</summary>
/// <param name="Callback">The event delivery.</param>
/// <param name="RetryNum">Slack's <c>X-Slack-Retry-Num</c> (or Socket Mode retry_attempt), null on a first delivery.</param>
/// <param name="Transport">The transport it came on (<c>slack-http</c> or <c>slack-socket</c>).</param>
public sealed record QueuedEvent(EventCallback Callback, string? RetryNum, string Transport = global::ModelBot.Commands.Delivery.TransportNames.SlackHttp);
