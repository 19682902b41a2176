namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>
/// A session on the fake gateway: its event log (so RESUME can replay everything after the client's seq) and
/// the connection currently attached. Publishing and replay are serialised so an event is never sent twice
/// on one connection or skipped between replay and live sending.
/// </summary>
internal sealed class FakeGatewaySession(string id, int shardId, int shardCount)
{
    private readonly List<(long Seq, string Json)> _log = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FakeGatewayConnection? _current;
    private long _lastSeq;

    public string Id { get; } = id;
    public int ShardId { get; } = shardId;
    public int ShardCount { get; } = shardCount;
    public long LastSeq => Interlocked.Read(ref _lastSeq);

    /// <summary>Appends a dispatch to the log and sends it if a connection is attached.</summary>
    public async Task<long> PublishAsync(string eventName, string dataJson)
    {
        await _gate.WaitAsync();
        try
        {
            var seq = ++_lastSeq;
            var json = $$"""{"op":0,"s":{{seq}},"t":"{{eventName}}","d":{{dataJson}}}""";
            _log.Add((seq, json));
            if (_current is { } connection)
            {
                await connection.TrySendDispatchAsync(json);
            }

            return seq;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Attaches a connection after replaying what it missed; returns false if <paramref name="afterSeq"/> is unknown.</summary>
    public async Task<bool> ResumeAsync(FakeGatewayConnection connection, long afterSeq)
    {
        await _gate.WaitAsync();
        try
        {
            if (afterSeq > _lastSeq)
            {
                return false;
            }

            _current = connection;
            foreach (var (seq, json) in _log)
            {
                if (seq > afterSeq && !await connection.TrySendDispatchAsync(json))
                {
                    return true;
                }
            }

            var resumed = ++_lastSeq;
            var resumedJson = $$$"""{"op":0,"s":{{{resumed}}},"t":"RESUMED","d":{}}""";
            _log.Add((resumed, resumedJson));
            await connection.TrySendDispatchAsync(resumedJson);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Attaches a newly identified connection (READY is the first event).</summary>
    public async Task AttachAsync(FakeGatewayConnection connection)
    {
        await _gate.WaitAsync();
        _current = connection;
        _gate.Release();
    }

    /// <summary>Detaches <paramref name="connection"/> if it is the current one.</summary>
    public void Detach(FakeGatewayConnection connection) => Interlocked.CompareExchange(ref _current, null, connection);
}
