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
    [InlineData("claude sonnet 4.6", ModelField.Aliases, "muse-spark-betrayed-open-source")]
    // 001 line 9 "Google's Gemini 3.1 Pro"; 004 line 162 "Google is strengthening Gemini"; 000 never names Gemini's vendor.
    [InlineData("gemini 3.1 pro", ModelField.Vendor, "muse-spark-stunning-reversal,dayahimour-muse-spark")]
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
    public void Fact_CitesTheArticlesThatStateIt(string model, ModelField field, string expected)
    {
        var fact = Service.Fact(model, field).Report!.Facts.ShouldHaveSingleItem();

        fact.Sources.Select(s => s.Id).ShouldBe(expected.Split(','), ignoreOrder: true);
    }

    [Fact]
    public void Grok_Weights_AreUnstated()
    {
        // No article ties Grok to xAI; 000 line 31 only says xAI keeps its best models locked down.
        var report = Service.Fact("grok 4.2", ModelField.Weights).Report!;

        report.Unknown.ShouldBe([ModelField.Weights]);
    }
}
