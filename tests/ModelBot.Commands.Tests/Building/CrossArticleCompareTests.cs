using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

/// <summary>A shared comparison row whose figures no one article gives together says so, as leaderboards do.</summary>
public class CrossArticleCompareTests
{
    private const string NotTogether = "No one article gives these figures together";

    [Fact]
    public void RowFromTwoArticles_Noted()
    {
        // Muse Spark's standard run (Meta's table) against Gemini Deep Think (another article) is no shared row any
        // more (a special-mode run against a standard one): it is listed, and said to be not counted.
        var answer = Routers.Real.Ask("/compare muse-spark gemini-deep-think");

        answer.Summary.ShouldNotBeNull();
        answer.Summary.ShouldContain("Not counted, as a special-mode run meets a standard one: Humanity's Last Exam (no tools)");
    }

    [Fact]
    public void RowsFromOneTable_NotNoted()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4");

        answer.Notes.ShouldNotContain(n => n.Contains(NotTogether, StringComparison.Ordinal));
    }
}
