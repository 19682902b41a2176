namespace ModelBot.Slack.Events;

/// <summary>An Events API request body: <c>url_verification</c> or an <c>event_callback</c> wrapping one event.</summary>
public sealed record EventCallback
{
    /// <summary>The outer type of a URL check.</summary>
    public const string UrlVerificationType = "url_verification";

    /// <summary>The outer type of an event delivery.</summary>
    public const string EventCallbackType = "event_callback";

    /// <summary><see cref="UrlVerificationType"/> or <see cref="EventCallbackType"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The value to echo for <c>url_verification</c>.</summary>
    public string? Challenge { get; init; }

    /// <summary>The workspace.</summary>
    public string? TeamId { get; init; }

    /// <summary>The app.</summary>
    public string? ApiAppId { get; init; }

    /// <summary>Unique per event across Slack's retries: the de-duplication key.</summary>
    public string? EventId { get; init; }

    /// <summary>When the event happened (Unix seconds).</summary>
    public long? EventTime { get; init; }

    /// <summary>The event itself.</summary>
    public SlackEvent? Event { get; init; }
}
