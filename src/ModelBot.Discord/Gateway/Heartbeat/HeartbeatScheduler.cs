namespace ModelBot.Discord.Gateway.Heartbeat;

/// <summary>
/// Sends heartbeats for one connection: the first after <c>interval × jitter</c>, then every interval, and
/// reports a zombie connection when an ACK did not arrive before the next beat was due.
/// </summary>
public sealed class HeartbeatScheduler
{
    private readonly TimeProvider _time;
    private int _awaitingAck;

    /// <summary>Creates a scheduler for one connection.</summary>
    /// <param name="interval">heartbeat_interval from HELLO.</param>
    /// <param name="jitter">A fraction in [0, 1) for the first beat.</param>
    /// <param name="time">Clock.</param>
    public HeartbeatScheduler(TimeSpan interval, double jitter, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(jitter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(jitter, 1.0);
        Interval = interval;
        FirstDelay = interval * jitter;
        _time = time;
    }

    /// <summary>Time between beats.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Wait before the first beat.</summary>
    public TimeSpan FirstDelay { get; }

    /// <summary>True while the last beat has not been acknowledged.</summary>
    public bool AwaitingAck => Volatile.Read(ref _awaitingAck) == 1;

    /// <summary>Records a HEARTBEAT ACK (opcode 11).</summary>
    public void Acknowledge() => Volatile.Write(ref _awaitingAck, 0);

    /// <summary>
    /// Runs until cancelled or until a beat finds the previous one unacknowledged. The delay to the next beat
    /// starts before the beat is sent, so the cadence does not drift by the time a send takes.
    /// </summary>
    /// <param name="sendHeartbeat">Sends one HEARTBEAT with the last sequence number.</param>
    /// <param name="cancellationToken">Stops the loop.</param>
    public async Task<HeartbeatOutcome> RunAsync(Func<CancellationToken, Task> sendHeartbeat, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(FirstDelay, _time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    return HeartbeatOutcome.Zombie;
                }

                var next = Task.Delay(Interval, _time, cancellationToken);
                await sendHeartbeat(cancellationToken);
                await next;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        return HeartbeatOutcome.Stopped;
    }
}
