namespace ModelBot.LoadHarness.Running;

/// <summary>Makes the requests of one scenario, as the platform would send them.</summary>
public interface IRequestFactory
{
    /// <summary>The path every request goes to, e.g. <c>/discord/interactions</c>.</summary>
    string Route { get; }

    /// <summary>Request number <paramref name="index"/> to <paramref name="baseAddress"/> (bodies rotate over a fixed set).</summary>
    HttpRequestMessage Create(Uri baseAddress, int index);

    /// <summary>
    /// The same requests for <paramref name="baseAddress"/> as prebuilt HTTP/1.1 bytes, for the raw socket client: the
    /// same bodies, headers and signatures as <see cref="Create"/>, with nothing formatted per request.
    /// </summary>
    IRawRequests Prepare(Uri baseAddress);
}
