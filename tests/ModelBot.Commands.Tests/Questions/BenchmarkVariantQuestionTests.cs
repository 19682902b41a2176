using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Questions;

/// <summary>
/// A family name followed by a variant the dataset lacks ("aime 2025", "swe-bench pro") is refused naming the variant
/// the dataset has, instead of answering that other benchmark's leaderboard as if it were the one asked about.
/// </summary>
public class BenchmarkVariantQuestionTests
{
    [Theory]
    [InlineData("who leads aime 2025?", "aime 2025", "AIME 2026", "aime-2026")]
    [InlineData("who leads swe-bench pro?", "swe-bench pro", "SWE-Bench Verified", "swe-bench-verified")]
    [InlineData("top models on gpqa main", "gpqa main", "GPQA Diamond", "gpqa-diamond")]
    [InlineData("who leads medxpertqa text?", "medxpertqa text", "MedXpertQA Multimodal", "medxpertqa-multimodal")]
    [InlineData("who leads terminal-bench 1.0?", "terminal-bench 1.0", "Terminal-Bench 2.0", "terminal-bench-2.0")]
    public void FamilyNameWithAnotherVariant_RefusedNamingTheOneTheDatasetHas(string question, string asked, string has, string id)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldNotBeNull().ShouldContain($"'{asked}'");
        answer.Error.ShouldContain(has);
        answer.Suggestions.ShouldContain(id);
    }

    [Theory]
    [InlineData("who leads aime?", "AIME 2026 leaderboard")]
    [InlineData("who leads aime 2026?", "AIME 2026 leaderboard")]
    [InlineData("who leads swe-bench verified?", "SWE-Bench Verified leaderboard")]
    [InlineData("who leads healthbench hard?", "HealthBench Hard leaderboard")]
    [InlineData("who leads terminal-bench 2.0?", "Terminal-Bench 2.0 leaderboard")]
    [InlineData("how does muse spark do on hle 2026?", "Humanity's Last Exam leaderboard")]
    public void FamilyNameAloneOrWithTheDatasetsOwnVariant_Answered(string question, string title)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe(title);
    }
}
