using System.Globalization;
using System.Text;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// The words every renderer (console, Discord, Slack, charts) shows about a layout rather than about the data: the
/// legend of marks and the counts of what was left out. One copy each, so the platforms never drift apart.
/// </summary>
public static class AnswerPhrases
{
    /// <summary>After a figure that leads its row or table.</summary>
    public const char LeaderMark = '★';

    /// <summary>After a figure that contradicts the official table.</summary>
    public const char DisputedMark = '†';

    /// <summary>Before a figure its source rounds ("roughly 76"); charts show it.</summary>
    public const char ApproximateMark = '~';

    /// <summary>Between the parts of a legend or footer line.</summary>
    public const string Separator = " · ";

    /// <summary>The legend entry for <see cref="LeaderMark"/>.</summary>
    public const string LeaderLegend = "★ leads";

    /// <summary>The legend entry for <see cref="DisputedMark"/>.</summary>
    public const string DisputedLegend = "† disputed";

    /// <summary>The legend entry for <see cref="ApproximateMark"/>.</summary>
    public const string ApproximateLegend = "~ rounded by its source";

    /// <summary>
    /// Appends the legend of the marks shown ("★ leads · † disputed"), after a separator when the builder already holds
    /// text since <paramref name="lineStart"/>.
    /// </summary>
    public static StringBuilder AppendLegend(StringBuilder builder, int lineStart, bool leader, bool disputed, bool approximate = false)
    {
        if (leader)
        {
            builder.Append(builder.Length > lineStart ? Separator : "").Append(LeaderLegend);
        }
        if (disputed)
        {
            builder.Append(builder.Length > lineStart ? Separator : "").Append(DisputedLegend);
        }
        if (approximate)
        {
            builder.Append(builder.Length > lineStart ? Separator : "").Append(ApproximateLegend);
        }
        return builder;
    }

    /// <summary>The legend of the marks shown, or "" when none is.</summary>
    public static string Legend(bool leader, bool disputed, bool approximate = false) =>
        AppendLegend(new StringBuilder(64), 0, leader, disputed, approximate).ToString();

    /// <summary>"1 row" or "N rows".</summary>
    public static string Rows(int count) => Count(count, "row", "rows");

    /// <summary>"… N more rows did not fit here": rows of a page left out of this message's room.</summary>
    public static string DidNotFitHere(int count) => string.Concat("… ", Count(count, "more row", "more rows"), " did not fit here");

    /// <summary>"… N more rows did not fit in one message": rows left out once the message's blocks ran out.</summary>
    public static string DidNotFitInOneMessage(int count) => string.Concat("… ", Count(count, "more row", "more rows"), " did not fit in one message");

    /// <summary>"… Caption: N rows did not fit here": a whole table left out.</summary>
    public static string TableDidNotFit(string caption, int count) => string.Concat("… ", caption, ": ", Rows(count), " did not fit here");

    /// <summary>"… N more columns did not fit": columns a platform's table cannot hold.</summary>
    public static string ColumnsDidNotFit(int count) => string.Concat("… ", Count(count, "more column", "more columns"), " did not fit");

    /// <summary>"… N more rows — use the buttons": rows on later pages, which the message's buttons show.</summary>
    public static string MoreRowsOnLaterPages(int count) => string.Concat("… ", Count(count, "more row", "more rows"), " — use the buttons");

    /// <summary>"… N more rows not drawn": rows a chart leaves out (the text answer has them).</summary>
    public static string RowsNotDrawn(int count) => string.Concat("… ", Count(count, "more row", "more rows"), " not drawn");

    /// <summary>"… N more sources".</summary>
    public static string MoreSources(int count) => string.Concat("… ", Count(count, "more source", "more sources"));

    /// <summary>"… N more notes".</summary>
    public static string MoreNotes(int count) => string.Concat("… ", Count(count, "more note", "more notes"));

    /// <summary>"N more facts".</summary>
    public static string MoreFacts(int count) => Count(count, "more fact", "more facts");

    /// <summary>"Page 2/3".</summary>
    public static string Page(int page, int pageCount) => string.Create(CultureInfo.InvariantCulture, $"Page {page + 1}/{pageCount}");

    private static string Count(int count, string one, string many) =>
        string.Concat(count.ToString(CultureInfo.InvariantCulture), " ", count == 1 ? one : many);
}
