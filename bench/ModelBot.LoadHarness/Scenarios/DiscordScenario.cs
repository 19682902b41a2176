using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary>Signed APPLICATION_COMMAND /compare interactions; the peer is discord-interactions + express.</summary>
public sealed class DiscordScenario : ILoadScenario
{
    /// <summary>The scenario over <paramref name="pairs"/> signed with <paramref name="credentials"/>.</summary>
    public DiscordScenario(IReadOnlyList<(string First, string Second)> pairs, HarnessCredentials credentials, TimeProvider time)
    {
        Requests = new DiscordCompareRequests(pairs, credentials.Discord, HarnessCredentials.DiscordApplicationId, time.GetUtcNow());
        BareArguments = ["--discord-public-key", credentials.Discord.PublicKeyHex];
        Peer = new NodePeer(
            "discord-interactions + express (Node)",
            RepositoryPaths.Peer("discord-interactions"),
            "server.js",
            new Dictionary<string, string> { ["PUBLIC_KEY"] = credentials.Discord.PublicKeyHex });
    }

    /// <inheritdoc />
    public string Name => "discord";

    /// <inheritdoc />
    public IRequestFactory Requests { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> BareArguments { get; }

    /// <inheritdoc />
    public NodePeer Peer { get; }

    /// <inheritdoc />
    public double PeerThroughputGoal => 4.0;
}
