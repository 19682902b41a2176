namespace ModelBot.LoadHarness.Running;

/// <summary>What a target stands for in a scenario's comparison.</summary>
public enum TargetRole
{
    /// <summary>ModelBot's own endpoint doing the full work.</summary>
    ModelBot,

    /// <summary>A bare Kestrel endpoint doing only the unavoidable work (read, verify, fixed reply).</summary>
    Bare,

    /// <summary>The platform's reference library doing the same.</summary>
    Peer,
}
