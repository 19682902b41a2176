namespace ModelBot.Core.Names;

/// <summary>How a found name matched.</summary>
public enum MatchKind
{
    /// <summary>No match.</summary>
    None,
    /// <summary>The id, display name or an alias, ignoring case, spaces and punctuation.</summary>
    Exact,
    /// <summary>The start of an id, name or alias ("muse" for Muse Spark).</summary>
    Prefix,
    /// <summary>The start of a later word of a name ("spark" for Muse Spark).</summary>
    Word,
}
