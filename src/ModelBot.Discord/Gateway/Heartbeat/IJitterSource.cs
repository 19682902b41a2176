namespace ModelBot.Discord.Gateway.Heartbeat;

/// <summary>Random fractions for heartbeat and backoff jitter; tests inject fixed values.</summary>
public interface IJitterSource
{
    /// <summary>A value in [0, 1).</summary>
    double NextFraction();
}
