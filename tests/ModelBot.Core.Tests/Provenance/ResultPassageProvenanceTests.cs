using ModelBot.Core.Tests.Data;

namespace ModelBot.Core.Tests.Provenance;

/// <summary>Every figure of data/results cites a passage of its seed article that writes the figure.</summary>
public sealed class ResultPassageProvenanceTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    [Fact]
    public void Results_EveryPassage_OccursInItsSeedArticleAndWritesTheValue()
    {
        var problems = fixture.Dataset.Results
            .SelectMany(result => PassageEvidence.ResultProblems(result, fixture.SeedTexts[result.Source]))
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Results_ApproximateFigures_AreWrittenAsTheArticleRoundsThem()
    {
        // "roughly 76" (muse-spark-switched-sides), "approximately 76%" (dayahimour-muse-spark): the rounded figure is
        // the one in the passage, and the check reads it like any other.
        var approximate = fixture.Dataset.Results.Where(r => r.Approximate).ToList();

        approximate.ShouldNotBeEmpty();
        approximate.SelectMany(r => PassageEvidence.ResultProblems(r, fixture.SeedTexts[r.Source])).ShouldBeEmpty();
    }
}
