namespace ModelBot.Discord.Gateway.Sessions;

/// <summary>
/// What a shard must remember to resume: session_id and resume_gateway_url from READY, and the last sequence
/// number received. Written by the receive loop, read by the heartbeat loop.
/// </summary>
public sealed class SessionState
{
    private const long NoSequence = -1;
    private long _sequence = NoSequence;
    private volatile Established? _established;
    private int _resumeAttempts;
    private volatile bool _connected;

    /// <summary>Session id from READY, or null before READY / after invalidation.</summary>
    public string? SessionId => _established?.SessionId;

    /// <summary>resume_gateway_url from READY, or null.</summary>
    public string? ResumeGatewayUrl => _established?.ResumeGatewayUrl;

    /// <summary>Last sequence number received, or null when none yet (heartbeat d = null).</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value == NoSequence ? null : value;
        }
    }

    /// <summary>True when READY was received and the session was not invalidated.</summary>
    public bool CanResume => _established is not null;

    /// <summary>RESUMEs sent since the session last started, resumed or delivered a dispatch (none of them answered).</summary>
    public int ResumeAttemptsInARow => Volatile.Read(ref _resumeAttempts);

    /// <summary>True from READY or RESUMED until the socket closes: the shard receives interactions.</summary>
    public bool Connected => _connected;

    /// <summary>Records that the socket closed (the shard reconnects, resumes or stops).</summary>
    public void Disconnected() => _connected = false;

    /// <summary>Records that a RESUME is about to be attempted.</summary>
    public void ResumeAttempted() => Interlocked.Increment(ref _resumeAttempts);

    /// <summary>Records RESUMED: the session is healthy again.</summary>
    public void Resumed()
    {
        Interlocked.Exchange(ref _resumeAttempts, 0);
        _connected = true;
    }

    /// <summary>Records the sequence number of a dispatch.</summary>
    public void Observe(long sequence)
    {
        Interlocked.Exchange(ref _sequence, sequence);
        // A dispatch (a replayed one included) proves the session alive, even if the socket drops before RESUMED.
        if (Volatile.Read(ref _resumeAttempts) != 0)
        {
            Interlocked.Exchange(ref _resumeAttempts, 0);
        }
    }

    /// <summary>Records READY.</summary>
    public void Start(string sessionId, string resumeGatewayUrl)
    {
        _established = new Established(sessionId, resumeGatewayUrl);
        Interlocked.Exchange(ref _resumeAttempts, 0);
        _connected = true;
    }

    /// <summary>Forgets the session (INVALID SESSION false, 4007, 4009): the next connection identifies.</summary>
    public void Invalidate()
    {
        _established = null;
        Interlocked.Exchange(ref _sequence, NoSequence);
        Interlocked.Exchange(ref _resumeAttempts, 0);
    }

    private sealed record Established(string SessionId, string ResumeGatewayUrl);
}
