using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

/// <summary>A shared comparison row whose figures no one article gives together says so, as leaderboards do.</summary>
public class CrossArticleCompareTests
{
    private const string NotTogether = "No one article gives these figures together";

    [Fact]
    public void RowFromTwoArticles_Noted()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gemini-deep-think");

        answer.Notes.ShouldContain(n => n.StartsWith("Humanity's Last Exam (no tools): Muse Spark from source ", StringComparison.Ordinal) && n.Contains(NotTogether, StringComparison.Ordinal));
        answer.Notes.Count(n => n.Contains(NotTogether, StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void RowsFromOneTable_NotNoted()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4");

        answer.Notes.ShouldNotContain(n => n.Contains(NotTogether, StringComparison.Ordinal));
    }
}
