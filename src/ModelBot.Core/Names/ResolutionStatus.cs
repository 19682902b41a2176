namespace ModelBot.Core.Names;

/// <summary>How a name resolved.</summary>
public enum ResolutionStatus
{
    /// <summary>Exactly one entity matches.</summary>
    Found,
    /// <summary>Several entities match; none is picked. See <see cref="Resolution{T}.Candidates"/>.</summary>
    Ambiguous,
    /// <summary>Nothing matches; <see cref="Resolution{T}.Suggestions"/> holds close spellings, if any.</summary>
    NotFound,
}
