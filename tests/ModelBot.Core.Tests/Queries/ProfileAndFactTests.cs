using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Queries;

public class ProfileAndFactTests
{
    private static readonly QueryService Service = new(new FixedDatasetProvider(RepositoryDataset.Dataset));

    [Fact]
    public void Profile_MuseSpark_HasFactsWithSourcesAndResultsByBenchmark()
    {
        var report = Service.Profile("Avocado").Report!;

        report.Model.Id.ShouldBe("muse-spark");
        report.Facts.Single(f => f.Field == ModelField.ContextWindow).Value.ShouldBe("262,000 tokens");
        report.Facts.Single(f => f.Field == ModelField.Weights).Value.ShouldBe("closed");
        report.Facts.ShouldAllBe(f => f.Sources.Count > 0);
        report.Benchmarks.Select(b => b.Benchmark.Id).ShouldBe(
            RepositoryDataset.Dataset.Benchmarks.Select(b => b.Id).Where(id => report.Benchmarks.Any(g => g.Benchmark.Id == id)));
        report.Benchmarks.ShouldContain(b => b.Benchmark.Id == "hle" && b.Figures.Count >= 3);
        report.Benchmarks.SelectMany(b => b.Figures).ShouldAllBe(f => f.Model == "muse-spark" && report.Sources.Any(s => s.Id == f.Source));
        report.Sources.Take(report.Model.Sources.Count).Select(s => s.Id).ShouldBe(report.Model.Sources);
    }

    [Fact]
    public void Fact_StatedByOneArticle_CitesOnlyThatArticle()
    {
        // Only dayahimour-muse-spark (004) gives the 262,000-token context window; the other four never mention it.
        var report = Service.Fact("muse spark", ModelField.ContextWindow).Report!;

        report.Facts.ShouldHaveSingleItem().Sources.Select(s => s.Id).ShouldBe(["dayahimour-muse-spark"]);
        report.Sources.Select(s => s.Id).ShouldBe(["dayahimour-muse-spark"]);
    }

    [Fact]
    public void Fact_ReleaseMonthOnly_IsGivenAsTheMonth()
    {
        // 000: "Llama 4, released in April 2025"; no article gives the day.
        var fact = Service.Fact("llama 4", ModelField.ReleaseDate).Report!.Facts.ShouldHaveSingleItem();

        fact.Value.ShouldBe("2025-04");
        fact.Sources.Select(s => s.Id).ShouldBe(["dayahimour-muse-spark", "muse-spark-switched-sides"], ignoreOrder: true);
    }

    [Fact]
    public void Fact_StatedByEveryArticle_CitesEveryModelSource()
    {
        var report = Service.Fact("muse spark", ModelField.Weights).Report!;

        report.Facts.ShouldHaveSingleItem().Sources.Select(s => s.Id).ShouldBe(report.Model.Sources, ignoreOrder: true);
    }

    [Fact]
    public void Profile_UnknownModel_FailsWithSuggestion()
    {
        var failure = Service.Profile("musespakr").Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.UnknownModel);
        failure.Suggestions[0].ShouldBe("muse-spark");
    }

    [Theory]
    [InlineData("is Muse Spark open source?", "Weights=closed;Licence=proprietary")]
    [InlineData("what is Muse Spark's context window?", "ContextWindow=262,000 tokens")]
    [InlineData("when was muse spark released?", "ReleaseDate=2026-04-08")]
    [InlineData("who makes muse spark", "Vendor=Meta")]
    [InlineData("what modes does muse spark have", "Modes=Fast, Contemplating, Shopping")]
    public void Facts_QuestionKeywords_AnswerFromTheModel(string question, string expected)
    {
        var fields = ModelFieldKeywords.Find(question, RepositoryDataset.Dataset.Vocabulary);

        var report = Service.Facts("muse spark", fields).Report!;

        string.Join(';', report.Facts.Select(f => $"{f.Field}={f.Value}")).ShouldBe(expected);
        report.Sources.ShouldNotBeEmpty();
    }

    [Fact]
    public void Fact_NotStated_IsReportedUnknown()
    {
        var report = Service.Fact("gpt-5.4", ModelField.ContextWindow).Report!;

        report.Facts.ShouldBeEmpty();
        report.Unknown.ShouldBe([ModelField.ContextWindow]);
    }

    [Fact]
    public void Facts_NoField_Fails()
    {
        Service.Facts("muse-spark", []).Failure!.Kind.ShouldBe(QueryFailureKind.NothingToLookUp);
    }

    [Theory]
    [InlineData("is it open-source", new[] { ModelField.Weights, ModelField.Licence })]
    [InlineData("what licence and context window", new[] { ModelField.Licence, ModelField.ContextWindow })]
    [InlineData("context window and licence?", new[] { ModelField.ContextWindow, ModelField.Licence })]
    [InlineData("which model leads arc-agi-2", new ModelField[0])]
    [InlineData("does it take images or audio as input", new[] { ModelField.InputModalities })]
    [InlineData("is grok 4.2 open?", new[] { ModelField.Weights, ModelField.Licence })]
    [InlineData("is it closed?", new[] { ModelField.Weights, ModelField.Licence })]
    [InlineData("who develops gpt-5.5?", new[] { ModelField.Vendor })]
    [InlineData("who created it", new[] { ModelField.Vendor })]
    public void ModelFieldKeywords_Question_FindsFieldsInTextOrder(string question, ModelField[] expected)
    {
        ModelFieldKeywords.Find(question, RepositoryDataset.Dataset.Vocabulary).ShouldBe(expected);
    }
}
