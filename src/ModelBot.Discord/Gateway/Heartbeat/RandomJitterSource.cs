namespace ModelBot.Discord.Gateway.Heartbeat;

/// <summary>Jitter from <see cref="Random.Shared"/>.</summary>
public sealed class RandomJitterSource : IJitterSource
{
    /// <inheritdoc />
    public double NextFraction() => Random.Shared.NextDouble();
}
