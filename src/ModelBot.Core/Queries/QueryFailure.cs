namespace ModelBot.Core.Queries;

/// <summary>A query that cannot be answered: why, and what the user may have meant.</summary>
/// <param name="Error">One plain sentence saying what is wrong.</param>
/// <param name="Suggestions">Ids from data/ (or setting names) to offer as "did you mean", best first.</param>
public sealed record QueryFailure(string Error, IReadOnlyList<string> Suggestions)
{
    /// <summary>The kind of failure.</summary>
    public QueryFailureKind Kind { get; init; }

    /// <summary>The text that could not be resolved, if the failure is about a name.</summary>
    public string? Query { get; init; }
}
