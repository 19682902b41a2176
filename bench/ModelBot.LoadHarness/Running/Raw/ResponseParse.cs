namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>What the bytes read so far hold.</summary>
public enum ResponseParse
{
    /// <summary>The start of a plausible response: read more.</summary>
    Incomplete,

    /// <summary>One whole response (see <see cref="HttpResponseFrame"/>).</summary>
    Complete,

    /// <summary>Not HTTP/1.x, malformed, or cut off by the end of the stream.</summary>
    Invalid,
}
