using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Data;

/// <summary>A model's fact cites exactly the seed articles that state it (file and line in each row's comment).</summary>
public class FactSourcesTests
{
    private static readonly QueryService Service = new(new FixedDatasetProvider(RepositoryDataset.Dataset));

    [Theory]
    // 001 line 9 "OpenAI's GPT-5.4"; 004 line 162 "OpenAI continues developing GPT-5.4"; 000 never names its vendor.
    [InlineData("gpt-5.4", ModelField.Vendor, "muse-spark-stunning-reversal,dayahimour-muse-spark")]
    // 000 line 31 "OpenAI ... keep their best models locked down"; 001 line 26 "have all pursued proprietary models".
    [InlineData("gpt-5.4", ModelField.Weights, "muse-spark-switched-sides,muse-spark-stunning-reversal")]
    // Gemini is Google's family: 002 line 65 "Google ships ... (Gemini + Workspace + Cloud + Android)", 004 line 162
    // "Google is strengthening Gemini"; 003, which lists the model (line 18), names no vendor for it.
    [InlineData("gemini 3 pro deep think", ModelField.Vendor, "muse-spark-championed-open-source,dayahimour-muse-spark")]
    // 003 line 18 "Gemini 3 Pro Deep Think".
    [InlineData("gemini 3 pro deep think", ModelField.Modes, "muse-spark-betrayed-open-source")]
    // 002 line 65; its sole source.
    [InlineData("gemini deep think", ModelField.Vendor, "muse-spark-championed-open-source")]
    // 003 line 33 names GPT-5.3 Codex without a vendor; 002 line 63 "OpenAI ships ... (ChatGPT, Codex, API, enterprise)".
    [InlineData("gpt-5.3 codex", ModelField.Vendor, "muse-spark-championed-open-source")]
    // 003 line 33 names Claude Sonnet 4.6 without a vendor; 004 line 162 "Anthropic is pushing Claude forward".
    [InlineData("claude sonnet 4.6", ModelField.Vendor, "dayahimour-muse-spark")]
    // 001 line 9 "Google's Gemini 3.1 Pro"; 003 line 93 "Google's Gemini 3.1 Pro reaches 92"; 004 line 162 "Google is
    // strengthening Gemini"; 000 never names Gemini's vendor.
    [InlineData("gemini 3.1 pro", ModelField.Vendor, "muse-spark-stunning-reversal,muse-spark-betrayed-open-source,dayahimour-muse-spark")]
    // 004 line 162 "Anthropic is pushing Claude forward"; 000 never names Claude's vendor.
    [InlineData("claude opus 4.6", ModelField.Vendor, "dayahimour-muse-spark")]
    // Single-source models: the one article states the fact.
    [InlineData("gpt-5.5", ModelField.Weights, "muse-spark-betrayed-open-source")]             // 003 line 39 "Openness | Closed | Closed"
    [InlineData("claude opus 4.7", ModelField.Modes, "muse-spark-betrayed-open-source")]       // 003 line 17 "(Adaptive)"
    [InlineData("deepseek v4 pro", ModelField.Weights, "muse-spark-betrayed-open-source")]     // 003 line 39 "... | Open |"
    [InlineData("gemma 4", ModelField.Licence, "muse-spark-stunning-reversal")]                 // 001 line 28 "under the Apache 2.0 license"
    [InlineData("o3", ModelField.Vendor, "muse-spark-championed-open-source")]                 // 002 line 52 "| OpenAI | o-series (o3, o4-mini) |"
    [InlineData("claude mythos", ModelField.Vendor, "muse-spark-championed-open-source")]      // 002 line 45 "Anthropic flagged in the Claude Mythos system card"
    [InlineData("kimi k2.5", ModelField.Vendor, "dayahimour-muse-spark")]                      // 004 line 194 "Moonshot AI's Kimi K2.5"
    [InlineData("flux.2 pro", ModelField.ReleaseDate, "dayahimour-muse-spark")]                // 004 line 186 "released in November 2025"
    // Muse Spark (000 switched-sides, 001 stunning-reversal, 002 championed, 003 betrayed, 004 dayahimour).
    // Every article: 000 line 2 "Meta released Muse Spark ... The weights aren't available", 001 line 3, 002 line 3,
    // 003 lines 3 and 40, 004 line 19.
    [InlineData("muse spark", ModelField.Vendor, "muse-spark-switched-sides,muse-spark-stunning-reversal,muse-spark-championed-open-source,muse-spark-betrayed-open-source,dayahimour-muse-spark")]
    [InlineData("muse spark", ModelField.Weights, "muse-spark-switched-sides,muse-spark-stunning-reversal,muse-spark-championed-open-source,muse-spark-betrayed-open-source,dayahimour-muse-spark")]
    // 002 line 2 "On April 8, 2026, Meta released Muse Spark"; 004 line 15; 003 line 4 dates only the NYT's Avocado story.
    [InlineData("muse spark", ModelField.ReleaseDate, "muse-spark-championed-open-source,dayahimour-muse-spark")]
    // 001 line 3 "a closed-source proprietary model ... no open license". 000 is not cited: "the licensing decision",
    // "future versions under an open-source licence" and "a single bet on proprietary AI" (Meta's investment) never
    // state Muse Spark's licence.
    [InlineData("muse spark", ModelField.Licence, "muse-spark-stunning-reversal")]
    [InlineData("muse spark", ModelField.ContextWindow, "dayahimour-muse-spark")]                           // 004 line 35 "262,000 tokens"
    // 001 line 17 "voice, text, and image inputs, with text-only output"; 004 line 35 "text, images, and audio as inputs".
    [InlineData("muse spark", ModelField.InputModalities, "muse-spark-stunning-reversal,dayahimour-muse-spark")]
    [InlineData("muse spark", ModelField.OutputModalities, "muse-spark-stunning-reversal")]
    // 001 lines 15-20 name all three modes; 000, 002 and 004 name only Contemplating (004 line 140 also Shopping).
    [InlineData("muse spark", ModelField.Modes, "muse-spark-stunning-reversal")]
    [InlineData("muse spark", ModelField.Aliases, "muse-spark-betrayed-open-source,dayahimour-muse-spark")] // "Avocado": 003 lines 4, 111; 004 lines 21, 152
    // Llama 4: 000 line 19, 001 line 28 "Meta's Llama 4", 003 line 47 "Meta has always released Llama" (the family),
    // 004 line 23 "Meta launched Llama 4".
    [InlineData("llama 4", ModelField.Vendor, "muse-spark-switched-sides,muse-spark-stunning-reversal,muse-spark-betrayed-open-source,dayahimour-muse-spark")]
    // 000 line 19 "Llama 4, released in April 2025"; 004 line 23 "return to April 2025. Meta launched Llama 4".
    [InlineData("llama 4", ModelField.ReleaseDate, "muse-spark-switched-sides,dayahimour-muse-spark")]
    [InlineData("llama 4", ModelField.Weights, "muse-spark-betrayed-open-source")]   // 003 line 55 "Llama 3, Llama 4 ... were open"
    [InlineData("llama 4", ModelField.Licence, "muse-spark-betrayed-open-source")]   // 003 line 82 "Llama was under a custom license"
    // Qwen3.6 Plus: Alibaba only for the family, 002 line 34 and 003 lines 64, 117 "Alibaba's Qwen"; 004 never names it.
    [InlineData("qwen3.6 plus", ModelField.Vendor, "muse-spark-championed-open-source,muse-spark-betrayed-open-source")]
    [InlineData("qwen3.6 plus", ModelField.ContextWindow, "dayahimour-muse-spark")]  // 004 lines 197, 200 "1‑Million‑Token Context"
    [InlineData("qwen3.6 plus", ModelField.Aliases, "dayahimour-muse-spark")]        // 004 line 202 "Launch of Qwen3.6 Plus Preview"
    public void Fact_CitesTheArticlesThatStateIt(string model, ModelField field, string expected)
    {
        var fact = Service.Fact(model, field).Report!.Facts.ShouldHaveSingleItem();

        fact.Sources.Select(s => s.Id).ShouldBe(expected.Split(','), ignoreOrder: true);
    }

    [Theory]
    [InlineData(ModelField.Vendor)]
    [InlineData(ModelField.Weights)]
    public void Grok_VendorAndWeights_AreUnstated(ModelField field)
    {
        // No article ties Grok to xAI; 000 line 31 only says xAI keeps its best models locked down.
        var report = Service.Fact("grok 4.2", field).Report!;

        report.Unknown.ShouldBe([field]);
        report.Facts.ShouldBeEmpty();
    }
}
