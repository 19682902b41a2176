namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>Where one request/response exchange on a <see cref="RawConnection"/> stands.</summary>
public enum ExchangeStep
{
    /// <summary>Sent; the response is not complete yet.</summary>
    Pending,

    /// <summary>Ended with an answer: 200 and a non-empty JSON object.</summary>
    Answered,

    /// <summary>Ended without one: another status, a malformed or truncated response, a transport error or a timeout.</summary>
    Failed,
}
