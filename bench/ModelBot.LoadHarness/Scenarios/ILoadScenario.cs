using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary>One platform's comparison: the requests, how to start its bare baseline and its Node peer, and its goal.</summary>
public interface ILoadScenario
{
    /// <summary>Short name used by <c>--scenario</c>: <c>discord</c> or <c>slack</c>.</summary>
    string Name { get; }

    /// <summary>The signed requests every target gets.</summary>
    IRequestFactory Requests { get; }

    /// <summary>The arguments of <c>serve-bare</c> after the port (the endpoint and its credential).</summary>
    IReadOnlyList<string> BareArguments { get; }

    /// <summary>The platform's reference Node app.</summary>
    NodePeer Peer { get; }

    /// <summary>How many times the peer's throughput ModelBot should reach.</summary>
    double PeerThroughputGoal { get; }
}
