using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Data;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Provenance;

/// <summary>The provenance checks fail on bad passages: each test feeds one and expects the problem.</summary>
public sealed class PassageEvidenceTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    private const string SwitchedSides = "muse-spark-switched-sides";
    private const string Dayahimour = "dayahimour-muse-spark";
    private const string StunningReversal = "muse-spark-stunning-reversal";
    private const string BetrayedOpenSource = "muse-spark-betrayed-open-source";

    private static readonly Model Spark = new()
    {
        Id = "muse-spark",
        Name = "Muse Spark",
        Aliases = ["Avocado"],
        Vendor = "Meta",
        ReleaseDate = new DateOnly(2026, 4, 8),
        Weights = WeightsAvailability.Closed,
        Licence = "proprietary",
        ContextWindow = 262_000,
        InputModalities = ["text", "image", "audio"],
        OutputModalities = ["text"],
        Modes = ["Fast", "Contemplating", "Shopping"],
        Sources = [SwitchedSides, Dayahimour],
    };

    [Fact]
    public void Fact_GoodPassage_HasNoProblem()
    {
        Problems(Spark, "context_window", Dayahimour, "The context window reaches 262,000 tokens.").ShouldBeEmpty();
    }

    [Fact]
    public void Fact_PassageNotInTheArticle_IsAProblem()
    {
        // A paraphrase, not a quote.
        Problems(Spark, "context_window", Dayahimour, "Its context window is 262,000 tokens.")
            .ShouldHaveSingleItem().ShouldContain("passage not in the article");
    }

    [Fact]
    public void Fact_PassageFromAnotherArticle_IsAProblem()
    {
        // Quoted from dayahimour-muse-spark but cited to muse-spark-switched-sides.
        Problems(Spark, "context_window", SwitchedSides, "The context window reaches 262,000 tokens.")
            .ShouldHaveSingleItem().ShouldContain("passage not in the article");
    }

    [Theory]
    [InlineData("context_window", Dayahimour, "Muse Spark is a natively multimodal model")]                     // no number
    [InlineData("release_date", Dayahimour, "Between the April 8, 2026 announcement and the April 2025 scandal")] // right date...
    [InlineData("modes", StunningReversal, "Contemplating Mode: For complex tasks")]                            // one mode of three
    [InlineData("input_modalities", Dayahimour, "designed from the ground up to integrate text, images")]         // no audio
    [InlineData("output_modalities", StunningReversal, "The model accepts voice")]
    [InlineData("aliases", SwitchedSides, "This week, Meta released Muse Spark")]
    [InlineData("licence", SwitchedSides, "Muse Spark breaks that promise. The weights are locked down.")]      // weights, not licence
    public void Fact_PassageThatDoesNotStateIt_IsAProblem(string fact, string source, string passage)
    {
        var model = fact == "release_date" ? Spark with { ReleaseDate = new DateOnly(2026, 4, 9) } : Spark;   // ...for another date

        Problems(model, fact, source, passage).ShouldContain(p => p.Contains("does not state", StringComparison.Ordinal));
    }

    [Fact]
    public void Fact_NumberWrittenInsideAnotherNumber_IsNotStated()
    {
        var model = Spark with { ContextWindow = 2000 };

        Problems(model, "context_window", Dayahimour, "The context window reaches 262,000 tokens.")
            .ShouldContain(p => p.Contains("does not state '2,000'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fact_WrittenForms_AreRead()
    {
        // 262000 ↔ "262,000"; 2026-04-08 ↔ "April 8, 2026"; audio ↔ "voice"; closed ↔ "locked down"; 1000000 ↔ "1‑Million".
        Problems(Spark, "release_date", Dayahimour, "Between the April 8, 2026 announcement and the April 2025 scandal").ShouldBeEmpty();
        Problems(Spark, "input_modalities", StunningReversal, "The model accepts voice, text, and image inputs").ShouldBeEmpty();
        Problems(Spark, "weights", SwitchedSides, "Muse Spark breaks that promise. The weights are locked down.").ShouldBeEmpty();
        var qwen = new Model { Id = "qwen3.6-plus", Name = "Qwen3.6 Plus", ContextWindow = 1_000_000 };
        Problems(qwen, "context_window", Dayahimour, "Qwen3.6 Plus: Qwen's Next‑Generation Model Launched as a Free Preview on OpenRouter with 1‑Million‑Token Context")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Vendor_NamedInAPassageThatNeverNamesTheModel_IsAProblem()
    {
        // Issue 12's defect: grok-4.2's vendor xAI cited to muse-spark-switched-sides, which names xAI only in a list of labs.
        var grok = new Model { Id = "grok-4.2", Name = "Grok 4.2", Vendor = "xAI", Sources = [SwitchedSides] };

        Problems(grok, "vendor", SwitchedSides, "Google, OpenAI, Anthropic, and xAI all keep their best models locked down.")
            .ShouldHaveSingleItem().ShouldContain("names neither Grok 4.2");
    }

    [Fact]
    public void Vendor_TiedThroughTheFamily_MustBeCalledInferredInTheNotes()
    {
        var gemini = new Model { Id = "gemini-3.1-pro", Name = "Gemini 3.1 Pro", Vendor = "Google" };

        Problems(gemini, "vendor", Dayahimour, "Google is strengthening Gemini").ShouldHaveSingleItem().ShouldContain("must say it is inferred");
        Problems(gemini with { Notes = "Inferred: its vendor from the family." }, "vendor", Dayahimour, "Google is strengthening Gemini").ShouldBeEmpty();
    }

    [Fact]
    public void Weights_FromATable_AreReadInTheModelsColumn()
    {
        const string Header = "| Criterion | Muse Spark (MSL) | GPT-5.5 (OpenAI) | Claude Opus 4.7 (Anthropic) | DeepSeek V4 Pro |";
        const string Openness = "| Openness | Closed | Closed | Closed | Open |";
        var deepSeek = new Model { Id = "deepseek-v4-pro", Name = "DeepSeek V4 Pro", Weights = WeightsAvailability.Open };
        var gpt = new Model { Id = "gpt-5.5", Name = "GPT-5.5", Weights = WeightsAvailability.Open };

        Problems(deepSeek, "weights", BetrayedOpenSource, Header, Openness).ShouldBeEmpty();
        Problems(gpt, "weights", BetrayedOpenSource, Header, Openness).ShouldNotBeEmpty();           // its column says Closed
        Problems(gpt with { Weights = WeightsAvailability.Closed }, "weights", BetrayedOpenSource, Header, Openness).ShouldBeEmpty();
    }

    [Fact]
    public void Weights_OpenInAPassageThatDeniesIt_IsAProblem()
    {
        var spark = Spark with { Weights = WeightsAvailability.Open };

        Problems(spark, "weights", StunningReversal, "Muse Spark launches with no public weights, no open license")
            .ShouldContain(p => p.Contains("of weights given as open", StringComparison.Ordinal));
    }

    [Fact]
    public void Alias_WrittenOnlyInsideTheFullName_IsNotStated()
    {
        var opus = new Model { Id = "claude-opus-4.7", Name = "Claude Opus 4.7", Aliases = ["Opus 4.7"] };
        var gemini = new Model { Id = "gemini-3.1-pro", Name = "Gemini 3.1 Pro", Aliases = ["Gemini 3.1 Pro Preview"] };

        Problems(opus, "aliases", BetrayedOpenSource, "| Claude Opus 4.7 (Adaptive) | Long reasoning | 94.3 | In-depth analysis, writing |")
            .ShouldHaveSingleItem().ShouldContain("does not state 'Opus 4.7'");
        Problems(gemini, "aliases", Dayahimour, "trailing Gemini 3.1 Pro Preview (44.7%)").ShouldBeEmpty();
    }

    [Fact]
    public void ProseFact_PassageOffTopicOrQuotationNotInIt_IsAProblem()
    {
        var gemma = new Model
        {
            Id = "gemma-4-31b",
            Name = "Gemma 4 31B",
            Pricing = "free (Apache 2.0, “no restrictions, no fees, and no charges”)",
            FactPassages = new Dictionary<string, IReadOnlyList<FactPassage>>
            {
                ["pricing"] = [new FactPassage(StunningReversal, "Google released Gemma 4 under the Apache 2.0 license with no restrictions, no fees, and no gating")],
            },
        };

        Problems(gemma, "pricing", StunningReversal, "Google released Gemma 4 under the Apache 2.0 license with no restrictions, no fees, and no gating").ShouldBeEmpty();
        Problems(gemma, "pricing", StunningReversal, "Google released Gemma 4, an open-source model with 31 billion parameters")
            .ShouldHaveSingleItem().ShouldContain("does not state");
        PassageEvidence.QuotationProblems(gemma, "pricing")
            .ShouldBe(["gemma-4-31b pricing: quotes “no restrictions, no fees, and no charges”, which none of its passages holds"]);
    }

    [Fact]
    public void Citation_OfASourceWithoutAPassage_IsAProblem()
    {
        Source[] sources = [fixture.Dataset.SourcesById[SwitchedSides], fixture.Dataset.SourcesById[Dayahimour]];
        var quoted = new Model
        {
            Id = "m",
            Name = "M",
            Vendor = "Meta",
            Sources = [SwitchedSides, Dayahimour],
            FactPassages = new Dictionary<string, IReadOnlyList<FactPassage>> { ["vendor"] = [new FactPassage(Dayahimour, "On that day, Meta unveiled Muse Spark")] },
        };

        PassageEvidence.CitationProblems(quoted, sources).ShouldBeEmpty();
        PassageEvidence.CitationProblems(quoted with { FactPassages = new Dictionary<string, IReadOnlyList<FactPassage>>() }, sources)
            .ShouldBe(["m vendor = Meta: cites muse-spark-switched-sides, which has no passage for it", "m vendor = Meta: cites dayahimour-muse-spark, which has no passage for it"]);
    }

    [Fact]
    public void Result_PassageNotInTheArticleOrWithoutTheValue_IsAProblem()
    {
        var result = fixture.Dataset.Results.First(r => r.Source == SwitchedSides && r.Model == "muse-spark" && r.Benchmark == "healthbench-hard");

        PassageEvidence.ResultProblems(result, fixture.SeedTexts[SwitchedSides]).ShouldBeEmpty();
        PassageEvidence.ResultProblems(result with { Value = 41.2 }, fixture.SeedTexts[SwitchedSides])
            .ShouldHaveSingleItem().ShouldContain("passage does not write 41.2");
        PassageEvidence.ResultProblems(result with { Passage = "Muse Spark scores 42.8 on HealthBench Hard." }, fixture.SeedTexts[SwitchedSides])
            .ShouldHaveSingleItem().ShouldContain("passage not in the article");
    }

    [Fact]
    public void RepositoryData_WithGrokVendorCitedToAListOfLabs_LoadsButFailsTheProvenanceCheck()
    {
        // The loader cannot read the articles; the provenance check over the loaded data is what catches the defect.
        using var data = TempDataDirectory.CopyOfRepositoryData();
        data.Replace("models.yaml", "    name: Grok 4.2\n", """
                name: Grok 4.2
                vendor: xAI
                fact_passages:
                  vendor:
                    muse-spark-switched-sides: "Google, OpenAI, Anthropic, and xAI all keep their best models locked down."

            """);

        var loaded = new DatasetLoader().Load(data.Path);

        loaded.Errors.ShouldBeEmpty();
        var grok = loaded.Dataset!.ModelsById["grok-4.2"];
        var passages = grok.FactPassages["vendor"];
        PassageEvidence.FactProblems(grok, "vendor", SwitchedSides, [.. passages.Select(p => p.Passage)], fixture.SeedTexts[SwitchedSides])
            .ShouldHaveSingleItem().ShouldContain("grok-4.2 vendor (muse-spark-switched-sides): names neither Grok 4.2");
    }

    [Fact]
    public void RepositoryData_WithAnAlteredPassage_FailsTheProvenanceCheck()
    {
        using var data = TempDataDirectory.CopyOfRepositoryData();
        data.Replace("models.yaml", "\"The context window reaches 262,000 tokens.\"", "\"The context window reaches 256,000 tokens.\"");

        var spark = new DatasetLoader().Load(data.Path).Dataset!.ModelsById["muse-spark"];
        var problems = PassageEvidence.FactProblems(spark, "context_window", Dayahimour, [spark.FactPassages["context_window"].Single().Passage], fixture.SeedTexts[Dayahimour]);

        problems.Count.ShouldBe(2);
        problems.ShouldContain(p => p.Contains("passage not in the article", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("does not state '262,000'", StringComparison.Ordinal));
    }

    private IReadOnlyList<string> Problems(Model model, string fact, string source, params string[] passages) =>
        PassageEvidence.FactProblems(model, fact, source, passages, fixture.SeedTexts[source]);
}
