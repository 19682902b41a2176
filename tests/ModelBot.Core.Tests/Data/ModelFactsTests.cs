using ModelBot.Core.Dataset;

namespace ModelBot.Core.Tests.Data;

/// <summary>Model and source facts as the seed articles state them.</summary>
public sealed class ModelFactsTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    [Fact]
    public void MuseSpark_HasTheFactsTheArticlesState()
    {
        var model = fixture.Dataset.ModelsById["muse-spark"];

        model.Name.ShouldBe("Muse Spark");
        model.Vendor.ShouldBe("Meta");
        model.Aliases.ShouldContain("Avocado");
        model.ReleaseDate.ShouldBe(new DateOnly(2026, 4, 8));
        model.Weights.ShouldBe(WeightsAvailability.Closed);
        model.Licence.ShouldBe("proprietary");
        model.ContextWindow.ShouldBe(262_000);
        model.InputModalities.ShouldBe(["text", "image", "audio"], ignoreOrder: true);
        model.OutputModalities.ShouldBe(["text"]);
        model.Modes.ShouldContain("Contemplating");
        model.Modes.ShouldContain("Fast");
    }

    [Fact]
    public void MuseSpark_FourthPlaceOnTheIntelligenceIndex_IsKeptInNotesWithBothArticles()
    {
        // 000 ("fourth place") and 001 ("ranks fourth overall") state a place, which no result unit can hold.
        var model = fixture.Dataset.ModelsById["muse-spark"];

        model.Notes.ShouldNotBeNull().ShouldContain("fourth overall on the Artificial Analysis Intelligence Index");
        model.Sources.ShouldContain("muse-spark-switched-sides");
        model.Sources.ShouldContain("muse-spark-stunning-reversal");
    }

    [Theory]
    [InlineData("muse-spark", WeightsAvailability.Closed)]
    [InlineData("gpt-5.5", WeightsAvailability.Closed)]
    [InlineData("claude-opus-4.7", WeightsAvailability.Closed)]
    [InlineData("deepseek-v4-pro", WeightsAvailability.Open)]
    [InlineData("gemma-4-31b", WeightsAvailability.Open)]
    [InlineData("llama-4", WeightsAvailability.Open)]
    public void Model_Weights_AreAsTheArticlesState(string id, WeightsAvailability expected)
    {
        fixture.Dataset.ModelsById[id].Weights.ShouldBe(expected);
    }

    [Theory]
    [InlineData("muse-spark", "Meta")]
    [InlineData("gpt-5.4", "OpenAI")]
    [InlineData("gpt-5.5", "OpenAI")]
    [InlineData("gemini-3.1-pro", "Google")]
    [InlineData("claude-opus-4.6", "Anthropic")]
    [InlineData("claude-opus-4.7", "Anthropic")]
    [InlineData("gemma-4-31b", "Google")]
    [InlineData("llama-4", "Meta")]
    [InlineData("deepseek-v4-pro", "DeepSeek")]
    public void Model_Vendor_IsAsTheArticlesState(string id, string vendor)
    {
        fixture.Dataset.ModelsById[id].Vendor.ShouldBe(vendor);
    }

    [Fact]
    public void Grok42_Vendor_IsOmitted()
    {
        // No article ties Grok to xAI (000 line 31 lists xAI among labs that keep their best models locked down).
        fixture.Dataset.ModelsById["grok-4.2"].Vendor.ShouldBeNull();
    }

    [Fact]
    public void Gemma4_Is31BUnderApache2WithFamilyAlias()
    {
        var model = fixture.Dataset.ModelsById["gemma-4-31b"];

        model.Licence.ShouldBe("Apache 2.0");
        model.Aliases.ShouldContain("Gemma 4");
    }

    [Theory]
    [InlineData("claude-opus-4.6", "Opus 4.6")]
    [InlineData("gemini-3.1-pro", "Gemini 3.1 Pro Preview")]
    public void Model_NameUsedByTheArticles_IsAnAlias(string id, string alias)
    {
        fixture.Dataset.ModelsById[id].Aliases.ShouldContain(alias);
    }

    [Theory]
    [InlineData("claude-opus-4.7", "Opus 4.7")]      // 003 writes only "Claude Opus 4.7"
    [InlineData("claude-sonnet-4.6", "Sonnet 4.6")]  // 003 writes only "Claude Sonnet 4.6"
    public void Model_ShortNameNoArticleWritesOnItsOwn_IsASpellingNotAnAlias(string id, string spelling)
    {
        var model = fixture.Dataset.ModelsById[id];

        model.Spellings.ShouldContain(spelling);
        model.Aliases.ShouldNotContain(spelling);
        new Core.Names.NameResolver(fixture.Dataset).ResolveModel(spelling).Value.ShouldNotBeNull().Id.ShouldBe(id);
    }

    [Fact]
    public void Models_EveryOne_CitesExistingSources()
    {
        fixture.Dataset.Models.ShouldAllBe(m => m.Sources.Count > 0);
        fixture.Dataset.Models.SelectMany(m => m.Sources).ShouldAllBe(s => fixture.Dataset.SourcesById.ContainsKey(s));
    }

    [Fact]
    public void Names_AndAliases_AreUniqueAcrossModelsAndBenchmarks()
    {
        var names = fixture.Dataset.Models.SelectMany(m => m.Aliases.Concat(m.Spellings).Append(m.Name).Append(m.Id))
            .Concat(fixture.Dataset.Benchmarks.SelectMany(b => b.Aliases.Append(b.Name).Append(b.Id)))
            .Select(n => new string(n.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant());

        names.GroupBy(n => n).Where(g => g.Count() > 1 && !IsOwnSpelling(g.Key)).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void OfficialTableSource_IsTheDayaHimourArticleOfApril11()
    {
        var source = fixture.Dataset.SourcesById[DatasetFixture.OfficialTableSource];

        source.File.ShouldBe("004_6e36e93f2b73660a.txt");
        source.Publisher.ShouldBe("AI DayaHimour Team");
        source.Date.ShouldBe(new DateOnly(2026, 4, 11));
    }

    private bool IsOwnSpelling(string normalised)
    {
        static string Norm(string n) => new string(n.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

        var owners = fixture.Dataset.Models.Where(m => m.Aliases.Concat(m.Spellings).Append(m.Name).Append(m.Id).Any(n => Norm(n) == normalised)).Select(m => m.Id)
            .Concat(fixture.Dataset.Benchmarks.Where(b => b.Aliases.Append(b.Name).Append(b.Id).Any(n => Norm(n) == normalised)).Select(b => b.Id))
            .Distinct()
            .Count();
        return owners == 1;
    }
}
