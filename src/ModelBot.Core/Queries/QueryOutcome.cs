using System.Diagnostics.CodeAnalysis;

namespace ModelBot.Core.Queries;

/// <summary>A report, or the failure that prevented it. Unknown input is a failure value, never an exception.</summary>
/// <typeparam name="TReport">The report type.</typeparam>
public readonly record struct QueryOutcome<TReport>
    where TReport : class
{
    /// <summary>Creates an outcome; prefer <see cref="QueryOutcome.Success{TReport}"/> and <see cref="QueryOutcome.Fail{TReport}"/>.</summary>
    public QueryOutcome(TReport? report, QueryFailure? failure)
    {
        Report = report;
        Failure = failure;
    }

    /// <summary>The report, when the query succeeded.</summary>
    public TReport? Report { get; }

    /// <summary>Why the query failed, when it did.</summary>
    public QueryFailure? Failure { get; }

    /// <summary>Whether <see cref="Report"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Report is not null;
}
