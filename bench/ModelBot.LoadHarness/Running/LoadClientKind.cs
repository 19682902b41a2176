namespace ModelBot.LoadHarness.Running;

/// <summary>Which load client drives the targets (<c>--client</c>).</summary>
public enum LoadClientKind
{
    /// <summary>Prebuilt HTTP/1.1 bytes over one keep-alive socket per worker: a few microseconds of client CPU per request.</summary>
    Raw,

    /// <summary>
    /// <see cref="System.Net.Http.HttpClient"/>, one pooled connection per worker: as much client CPU per request as a
    /// bare server, which on two cores compresses every ratio; kept for comparison.
    /// </summary>
    HttpClient,
}
