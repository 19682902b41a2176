namespace ModelBot.Core.Names;

/// <summary>What a name found in free text refers to.</summary>
public enum MentionKind
{
    /// <summary>A model.</summary>
    Model,
    /// <summary>A benchmark.</summary>
    Benchmark,
}
