using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;

namespace ModelBot.Commands.Delivery;

/// <summary>One request to answer on a platform, with what the <see cref="AnswerDeliverer"/> needs to answer it now or defer it.</summary>
public sealed record DeliveryRequest
{
    /// <summary>The platform-neutral request the handler answers.</summary>
    public required ChatRequest Request { get; init; }

    /// <summary>The transport it came on (<see cref="TransportNames"/>).</summary>
    public required string Transport { get; init; }

    /// <summary>
    /// The interaction id, event id or command name that logs name the request by: never a token, a response_url or a
    /// user's text.
    /// </summary>
    public required string Reference { get; init; }

    /// <summary>
    /// The reply as the platform takes it now (a Discord callback, a Slack Block Kit message), as UTF-8 JSON. The bytes
    /// may be kept in the reply cache and shared, so they must not be changed afterwards. Null when the platform sends
    /// the answer itself (an event's reply): there is no reply to send now, and nothing is cached.
    /// </summary>
    public Func<Answer, ReadOnlyMemory<byte>>? Render { get; init; }

    /// <summary>The reply cache key (see <see cref="Caching.ReplyCacheKey"/>); null when the reply is not the same for everyone who asks.</summary>
    public string? CacheKey { get; init; }

    /// <summary>
    /// How long to wait for the answer before deferring. <see cref="TimeSpan.Zero"/>: defer unless the answer is ready at
    /// once (the request is already acknowledged, or the platform has no way to answer in the response).
    /// </summary>
    public TimeSpan Budget { get; init; }
}
