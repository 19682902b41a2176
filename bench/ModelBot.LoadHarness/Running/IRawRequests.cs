namespace ModelBot.LoadHarness.Running;

/// <summary>A scenario's requests as ready-to-send HTTP/1.1 bytes for one target (see <see cref="IRequestFactory.Prepare"/>).</summary>
public interface IRawRequests
{
    /// <summary>
    /// Request number <paramref name="index"/>: request line, headers and body, built ahead of time. Safe to call from
    /// every worker at once; the bytes must not be changed.
    /// </summary>
    ReadOnlyMemory<byte> Get(int index);
}
