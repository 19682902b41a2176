using System.Diagnostics.CodeAnalysis;

namespace ModelBot.Core.Names;

/// <summary>
/// The outcome of resolving a name: found (one entity), ambiguous (several candidates, none picked) or not found
/// (with "did you mean" suggestions). A value, never an exception.
/// </summary>
/// <typeparam name="T">The entity type (<c>Model</c> or <c>Benchmark</c>).</typeparam>
public readonly record struct Resolution<T>
    where T : class
{
    /// <summary>Creates a resolution; prefer the factories of <see cref="Resolution"/>.</summary>
    public Resolution(ResolutionStatus status, string query, T? value, MatchKind match, IReadOnlyList<T> candidates, IReadOnlyList<T> suggestions)
    {
        Status = status;
        Query = query;
        Value = value;
        Match = match;
        Candidates = candidates;
        Suggestions = suggestions;
    }

    /// <summary>Found, ambiguous or not found.</summary>
    public ResolutionStatus Status { get; }

    /// <summary>The text that was resolved, as given.</summary>
    public string Query { get; }

    /// <summary>The entity when <see cref="Status"/> is <see cref="ResolutionStatus.Found"/>.</summary>
    public T? Value { get; }

    /// <summary>How the found entity matched.</summary>
    public MatchKind Match { get; }

    /// <summary>The entities an ambiguous name could mean, in dataset order.</summary>
    public IReadOnlyList<T> Candidates { get; }

    /// <summary>Close spellings for a name that was not found, best first.</summary>
    public IReadOnlyList<T> Suggestions { get; }

    /// <summary>Whether exactly one entity was found.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsFound => Status == ResolutionStatus.Found && Value is not null;
}
