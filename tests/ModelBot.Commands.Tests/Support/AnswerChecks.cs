using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Tests.Support;

/// <summary>Checks every answer's provenance must pass, whatever it answers.</summary>
internal static class AnswerChecks
{
    /// <summary>Sources are numbered 1..n, every cell and fact cites one of them, and every figure cites its own article.</summary>
    public static void SourceRefsResolve(Answer answer)
    {
        answer.Sources.Select(s => s.Number).ShouldBe(Enumerable.Range(1, answer.Sources.Count));
        foreach (var cell in answer.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells))
        {
            (cell.SourceRefs ?? []).ShouldAllBe(n => n >= 1 && n <= answer.Sources.Count);
        }

        foreach (var fact in answer.Facts)
        {
            fact.SourceRefs.ShouldAllBe(n => n >= 1 && n <= answer.Sources.Count);
        }

        answer.Results.ShouldAllBe(r => answer.Sources[r.SourceRef - 1].Id == r.Source);
    }
}
