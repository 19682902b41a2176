namespace ModelBot.LoadHarness.Targets;

/// <summary>What a target stands for in a scenario's comparison.</summary>
public enum TargetRole
{
    /// <summary>The real ModelBot host doing the full work.</summary>
    ModelBot,

    /// <summary>A bare Kestrel endpoint doing only the unavoidable work (read, verify, fixed reply).</summary>
    Bare,

    /// <summary>The platform's reference Node library doing what the bare endpoint does.</summary>
    Peer,
}
