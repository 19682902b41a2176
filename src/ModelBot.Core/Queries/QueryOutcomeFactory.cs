namespace ModelBot.Core.Queries;

/// <summary>Creates <see cref="QueryOutcome{TReport}"/> values.</summary>
public static class QueryOutcome
{
    /// <summary>A successful outcome.</summary>
    public static QueryOutcome<TReport> Success<TReport>(TReport report)
        where TReport : class => new(report, null);

    /// <summary>A failed outcome.</summary>
    public static QueryOutcome<TReport> Fail<TReport>(QueryFailure failure)
        where TReport : class => new(null, failure);
}
