using ModelBot.Discord.Gateway.Heartbeat;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>What the receive loop of one socket tracks between payloads.</summary>
internal sealed class SocketLoopState(
    GatewayTransport transport,
    bool resuming,
    TaskCompletionSource hello,
    TaskCompletionSource zombie,
    CancellationTokenSource heartbeatStop,
    CancellationToken abort)
{
    public GatewayTransport Transport { get; } = transport;
    public bool Resuming { get; } = resuming;
    public TaskCompletionSource Hello { get; } = hello;
    public TaskCompletionSource Zombie { get; } = zombie;
    public CancellationTokenSource HeartbeatStop { get; } = heartbeatStop;
    public CancellationToken Abort { get; } = abort;
    public HeartbeatScheduler? Heartbeat { get; set; }
    public Task HeartbeatRun { get; set; } = Task.CompletedTask;

    /// <summary>The wait for the identify turn and the IDENTIFY after it (completed when resuming).</summary>
    public Task IdentifyRun { get; set; } = Task.CompletedTask;
}
