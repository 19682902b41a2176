using ModelBot.Commands.Answers;
using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.MultiPart;

/// <summary>A question that asks two things gets both answers, each figure still citing the article it comes from.</summary>
public sealed class MultiPartQuestionTests
{
    [Fact]
    public void TwoQuestions_AnsweredInOrder_TheSecondAboutTheModelTheFirstNamed()
    {
        var answer = Routers.Real.Ask("Does DeepSeek V4 Pro have open weights and what's its agentic score?");

        answer.Ok.ShouldBeTrue(answer.Error);
        var parts = answer.Summary!.Split("\n\n");
        parts.Length.ShouldBe(2);
        parts[0].ShouldContain("weights: open");
        // "its" is DeepSeek V4 Pro: the dataset has no agentic-score figure for it, and says where its "88 (general)" went.
        parts[1].ShouldContain("no Agentic score (unnamed) figure for **DeepSeek V4 Pro**");
        parts[1].ShouldContain("general-score");
        AnswerChecks.SourceRefsResolve(answer);
    }

    [Fact]
    public void SecondPart_ThatContradictsAFirstReading_IsAnsweredOnItsOwn()
    {
        // Read whole, "what modalities …" made the headline "Yes"; the second question's answer is "No".
        var answer = Routers.Real.Ask("what modalities does muse spark support? can it output images?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary!.ShouldNotStartWith("Yes");
        answer.Summary!.Split("\n\n")[1].ShouldStartWith("No");
    }

    [Fact]
    public void TrailingClause_WithNothingOfItsOwn_IsReadAsPartOfTheQuestion()
    {
        // "…, and who beat it?" restates the first part: one answer, not two.
        var answer = Routers.Real.Ask("What did Muse Spark get on Humanity's Last Exam with tools in Contemplating mode, and who beat it?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary!.ShouldNotContain("\n\n");
        answer.Summary!.ShouldContain("all 3 standard runs (with tools) score higher");
    }

    [Fact]
    public void ListOfModels_JoinedByAnd_IsNotSplit()
    {
        var answer = Routers.Real.Ask("how do gpt-5.4 and opus 4.6 compare on HLE?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldNotContain(" · ");
    }

    [Fact]
    public void PartsFromDifferentArticles_ShareOneSourceList()
    {
        var answer = Routers.Real.Ask("is muse spark open source and who leads HealthBench Hard?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldContain(" · ");
        AnswerChecks.SourceRefsResolve(answer);
        answer.Sources.Select(s => s.Id).ShouldBeUnique();
    }
}
