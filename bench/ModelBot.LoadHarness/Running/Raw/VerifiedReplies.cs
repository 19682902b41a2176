using System.Net;

namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>
/// The reply check of one <see cref="RawConnection"/>, made cheap for repeated requests: per prebuilt request, the last
/// response body that passed <see cref="ReplyCheck"/> is kept, and a later response byte-identical to it is an answer
/// after one vectorised compare instead of a full JSON parse. Every reply is still either checked in full or equal to
/// one that was, so nothing a full check would catch gets through; what changes is that the client's cost per request
/// no longer grows with the number of JSON tokens in a target's reply (a Block Kit table costs the parser several times
/// a one-field reply of the same size), which on a shared 2-core machine took cores from the richer target.
/// </summary>
public sealed class VerifiedReplies
{
    /// <summary>Most requests remembered per connection (a scenario cycles through a few dozen).</summary>
    public const int MaxRequests = 256;

    // ReadOnlyMemory equality is identity: the same prebuilt request array, offset and length.
    private readonly Dictionary<ReadOnlyMemory<byte>, byte[]> _bodies = [];

    /// <summary>Full checks run so far (the rest were equal to a checked body).</summary>
    public int FullChecks { get; private set; }

    /// <summary>True when <paramref name="status"/> is 200 and <paramref name="body"/> is a non-empty JSON object, for the response to <paramref name="request"/>.</summary>
    public bool IsAnswer(ReadOnlyMemory<byte> request, HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        if (status != HttpStatusCode.OK)
        {
            return false;
        }
        if (_bodies.TryGetValue(request, out var verified) && body.SequenceEqual(verified))
        {
            return true;
        }
        FullChecks++;
        if (!ReplyCheck.IsNonEmptyJsonObject(body))
        {
            return false;
        }
        if (_bodies.Count < MaxRequests || _bodies.ContainsKey(request))
        {
            _bodies[request] = body.ToArray();
        }
        return true;
    }
}
