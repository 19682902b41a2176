using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Slack;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary>Signed /compare slash commands (form-encoded); the peer is @slack/bolt's HTTPReceiver.</summary>
public sealed class SlackScenario : ILoadScenario
{
    /// <summary>The scenario over <paramref name="pairs"/> signed with <paramref name="credentials"/>.</summary>
    public SlackScenario(IReadOnlyList<(string First, string Second)> pairs, HarnessCredentials credentials, TimeProvider time)
    {
        Requests = new SlackCompareRequests(pairs, credentials.Slack, time);
        BareArguments = ["--slack-signing-secret", credentials.Slack.SigningSecret];
        Peer = new NodePeer(
            "@slack/bolt (Node)",
            RepositoryPaths.Peer("bolt"),
            "app.js",
            new Dictionary<string, string> { ["SLACK_SIGNING_SECRET"] = credentials.Slack.SigningSecret });
    }

    /// <inheritdoc />
    public string Name => "slack";

    /// <inheritdoc />
    public IRequestFactory Requests { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> BareArguments { get; }

    /// <inheritdoc />
    public NodePeer Peer { get; }

    /// <inheritdoc />
    public double PeerThroughputGoal => 4.5;
}
