using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Data;

namespace ModelBot.Core.Tests.Provenance;

/// <summary>
/// Every fact of data/models.yaml cites only articles that state it: each cited source has a passage for the fact,
/// the passage occurs in that source's seed file, and it states the fact (see <see cref="PassageEvidence"/>).
/// </summary>
public sealed class FactPassageTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    /// <summary>The most characters a fact passage may have: a sentence or a table row, not a paragraph.</summary>
    private const int MaxPassageLength = 240;

    private static readonly string[] FactKeys =
    [
        "vendor", "release_date", "weights", "licence", "context_window", "input_modalities", "output_modalities", "modes", "mode_notes", "aliases",
        "access", "parameters", "pricing",
    ];

    [Fact]
    public void FactPassages_EachOccursInItsSeedArticle()
    {
        var missing = AllPassages()
            .Where(p => !PassageEvidence.OccursIn(p.Passage.Passage, fixture.SeedTexts[p.Passage.Source]))
            .Select(p => $"models.yaml:{p.Passage.Line}: {p.Model.Id} {p.Fact} ({p.Passage.Source}) «{p.Passage.Passage}»")
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void FactPassages_EachSourceStatesTheFact()
    {
        var problems = fixture.Dataset.Models
            .SelectMany(model => model.FactPassages.SelectMany(fact => fact.Value
                .GroupBy(p => p.Source, StringComparer.Ordinal)
                .SelectMany(source => PassageEvidence.FactProblems(
                    model, fact.Key, source.Key, [.. source.Select(p => p.Passage)], fixture.SeedTexts[source.Key]))))
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void ProseFacts_QuoteOnlyWhatTheirPassagesSay()
    {
        var problems = fixture.Dataset.Models
            .SelectMany(model => FactKeys.SelectMany(key => PassageEvidence.QuotationProblems(model, key)))
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Facts_CiteOnlySourcesWithAPassageForThem()
    {
        var problems = fixture.Dataset.Models
            .SelectMany(model => PassageEvidence.CitationProblems(model, [.. model.Sources.Select(id => fixture.Dataset.SourcesById[id])]))
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Facts_EveryStatedFactOfEveryModel_HasPassages()
    {
        var bare = fixture.Dataset.Models
            .SelectMany(model => FactKeys
                .Where(key => PassageEvidence.Forms(model, key).Count > 0 && !model.FactPassages.ContainsKey(key))
                .Select(key => $"{model.Id} {key}"))
            .ToList();

        bare.ShouldBeEmpty();
    }

    [Fact]
    public void FactPassages_AreShort()
    {
        AllPassages()
            .Where(p => p.Passage.Passage.Length > MaxPassageLength)
            .Select(p => $"{p.Model.Id} {p.Fact} ({p.Passage.Source}): {p.Passage.Passage.Length} characters")
            .ShouldBeEmpty();
    }

    [Fact]
    public void FactPassages_EveryFactKeyIsUsedByTheData()
    {
        // Each kind of fact is exercised by the real data, so each branch of the evidence check runs on real passages.
        fixture.Dataset.Models.SelectMany(m => m.FactPassages.Keys).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(FactKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Grok42_Vendor_IsNotStated()
    {
        // Issue 12: "who makes grok 4.2" cited muse-spark-switched-sides, which names xAI only in “Google, OpenAI,
        // Anthropic, and xAI all keep their best models locked down”, never beside Grok; no other article names its vendor.
        var model = fixture.Dataset.ModelsById["grok-4.2"];
        var service = new QueryService(new Core.Loading.FixedDatasetProvider(fixture.Dataset));

        model.Vendor.ShouldBeNull();
        model.FactPassages.ShouldBeEmpty();
        service.Fact("grok 4.2", ModelField.Vendor).Report!.Unknown.ShouldBe([ModelField.Vendor]);
    }

    private IEnumerable<(Model Model, string Fact, FactPassage Passage)> AllPassages() =>
        fixture.Dataset.Models.SelectMany(model => model.FactPassages.SelectMany(fact => fact.Value.Select(passage => (model, fact.Key, passage))));
}
