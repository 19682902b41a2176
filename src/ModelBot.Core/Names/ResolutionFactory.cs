namespace ModelBot.Core.Names;

/// <summary>Creates <see cref="Resolution{T}"/> values.</summary>
public static class Resolution
{
    /// <summary>A found entity.</summary>
    public static Resolution<T> Found<T>(string query, T value, MatchKind match)
        where T : class => new(ResolutionStatus.Found, query, value, match, [], []);

    /// <summary>Several entities match; none is picked.</summary>
    public static Resolution<T> Ambiguous<T>(string query, IReadOnlyList<T> candidates)
        where T : class => new(ResolutionStatus.Ambiguous, query, null, MatchKind.None, candidates, []);

    /// <summary>Nothing matches.</summary>
    public static Resolution<T> NotFound<T>(string query, IReadOnlyList<T> suggestions)
        where T : class => new(ResolutionStatus.NotFound, query, null, MatchKind.None, [], suggestions);
}
