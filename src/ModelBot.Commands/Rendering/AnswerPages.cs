using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// Splits an answer's table rows into pages of a fixed size: page <c>n</c> shows rows
/// <c>n × size</c> to <c>(n + 1) × size − 1</c> of every table. Page 0 also carries the summary, facts and notes.
/// </summary>
public static class AnswerPages
{
    /// <summary>How many pages the answer needs (at least one).</summary>
    public static int Count(Answer answer, int rowsPerPage)
    {
        var rows = 0;
        foreach (var table in answer.Tables)
        {
            rows = Math.Max(rows, table.Rows.Count);
        }
        return Math.Max(1, (rows + rowsPerPage - 1) / rowsPerPage);
    }

    /// <summary><paramref name="page"/> brought into 0 … <paramref name="pageCount"/> − 1.</summary>
    public static int Clamp(int page, int pageCount) => Math.Clamp(page, 0, Math.Max(0, pageCount - 1));

    /// <summary>The first row of <paramref name="table"/> on <paramref name="page"/> and how many rows it shows there.</summary>
    public static (int First, int Count) Rows(AnswerTable table, int page, int rowsPerPage)
    {
        var first = Math.Min(table.Rows.Count, page * rowsPerPage);
        return (first, Math.Min(rowsPerPage, table.Rows.Count - first));
    }
}
