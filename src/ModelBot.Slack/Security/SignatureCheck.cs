namespace ModelBot.Slack.Security;

/// <summary>The outcome of verifying a Slack request signature; everything but <see cref="Valid"/> answers 401.</summary>
public enum SignatureCheck
{
    /// <summary>The signature matches the body and the timestamp is fresh.</summary>
    Valid,

    /// <summary><c>X-Slack-Request-Timestamp</c> or <c>X-Slack-Signature</c> is absent or empty, or no signing secret is configured.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not a whole number of seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is more than five minutes from now (a replay).</summary>
    StaleTimestamp,

    /// <summary>The signature does not match.</summary>
    Mismatch,
}
