using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Slack;

namespace ModelBot.LoadHarness.Targets;

/// <summary>Throwaway credentials made for one run and given to every target: a Discord key pair and a Slack signing secret.</summary>
public sealed class HarnessCredentials : IDisposable
{
    /// <summary>The Discord application id used in interactions and the host's settings.</summary>
    public const string DiscordApplicationId = "1180000000000000001";

    /// <summary>Signs Discord interactions; its public key goes to every Discord target.</summary>
    public DiscordSigner Discord { get; } = new();

    /// <summary>Signs Slack requests; its secret goes to every Slack target.</summary>
    public SlackSigner Slack { get; } = SlackSigner.CreateRandom();

    /// <inheritdoc />
    public void Dispose() => Discord.Dispose();
}
