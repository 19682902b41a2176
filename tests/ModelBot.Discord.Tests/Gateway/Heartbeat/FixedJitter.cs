using ModelBot.Discord.Gateway.Heartbeat;

namespace ModelBot.Discord.Tests.Gateway.Heartbeat;

/// <summary>A jitter source that always returns one fraction.</summary>
internal sealed class FixedJitter(double fraction) : IJitterSource
{
    public double NextFraction() => fraction;
}
