namespace ModelBot.Core.Tests.Data;

/// <summary>
/// Figures read directly from the seed articles, written here independently of the YAML, so a transcription
/// error in <c>data/</c> fails a test.
/// </summary>
public sealed class ArticleFiguresTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    private const string Seed000 = "000_ca18bac8ba8b8034.txt";
    private const string Seed001 = "001_455b69e1a59db10a.txt";
    private const string Seed002 = "002_5658cf4d95a27f53.txt";
    private const string Seed003 = "003_4ea1744e4fc40c42.txt";
    private const string Seed004 = "004_6e36e93f2b73660a.txt";

    [Theory]
    // 000: HealthBench Hard, Intelligence Index v4.0, ARC-AGI-2, Terminal-Bench 2.0, GDPval-AA, output tokens
    [InlineData("muse-spark", "healthbench-hard", "default", 42.8, Seed000)]
    [InlineData("gpt-5.4", "healthbench-hard", "default", 40.1, Seed000)]
    [InlineData("grok-4.2", "healthbench-hard", "default", 20.3, Seed000)]
    [InlineData("gemini-3.1-pro", "healthbench-hard", "default", 20.6, Seed000)]
    [InlineData("muse-spark", "aa-intelligence-index-v4", "default", 52, Seed000)]
    [InlineData("gemini-3.1-pro", "aa-intelligence-index-v4", "default", 57, Seed000)]
    [InlineData("gpt-5.4", "aa-intelligence-index-v4", "default", 57, Seed000)]
    [InlineData("claude-opus-4.6", "aa-intelligence-index-v4", "default", 53, Seed000)]
    [InlineData("muse-spark", "arc-agi-2", "default", 42.5, Seed000)]
    [InlineData("gpt-5.4", "arc-agi-2", "default", 76, Seed000)]
    [InlineData("gemini-3.1-pro", "arc-agi-2", "default", 76, Seed000)]
    [InlineData("muse-spark", "terminal-bench-2.0", "default", 59.0, Seed000)]
    [InlineData("muse-spark", "gdpval-aa", "default", 1444, Seed000)]
    [InlineData("gpt-5.4", "gdpval-aa", "default", 1672, Seed000)]
    [InlineData("muse-spark", "aa-intelligence-index-v4-output-tokens", "default", 58, Seed000)]
    [InlineData("claude-opus-4.6", "aa-intelligence-index-v4-output-tokens", "default", 157, Seed000)]
    [InlineData("gpt-5.4", "aa-intelligence-index-v4-output-tokens", "default", 120, Seed000)]
    // 001: HealthBench Hard; Gemma 4 (31B) against Llama 4
    [InlineData("muse-spark", "healthbench-hard", "default", 42.8, Seed001)]
    [InlineData("gpt-5.4", "healthbench-hard", "default", 40.1, Seed001)]
    [InlineData("gemini-3.1-pro", "healthbench-hard", "default", 20.6, Seed001)]
    [InlineData("gemma-4-31b", "aime-2026", "default", 89.2, Seed001)]
    [InlineData("llama-4", "aime-2026", "default", 88.3, Seed001)]
    [InlineData("gemma-4-31b", "livecodebench-v6", "default", 80, Seed001)]
    [InlineData("llama-4", "livecodebench-v6", "default", 77.1, Seed001)]
    // 002: "Where Muse Spark Leads" / "Falls Behind" tables and output tokens
    [InlineData("gpt-5.4", "healthbench-hard", "default", 41.2, Seed002)]
    [InlineData("muse-spark", "deepsearchqa", "default", 74.8, Seed002)]
    [InlineData("muse-spark", "charxiv-reasoning", "default", 86.4, Seed002)]
    [InlineData("muse-spark", "hle", "no tools, Contemplating", 50.2, Seed002)]
    [InlineData("gemini-deep-think", "hle", "no tools", 48.4, Seed002)]
    [InlineData("gemini-3.1-pro", "gpqa-diamond", "default", 94.3, Seed002)]
    [InlineData("gpt-5.4", "medxpertqa-multimodal", "default", 77.1, Seed002)]
    [InlineData("claude-opus-4.6", "aa-intelligence-index-v4-output-tokens", "default", 157, Seed002)]
    [InlineData("gemini-3.1-pro", "deepsearchqa", "default", 69.7, Seed002)]
    [InlineData("muse-spark", "healthbench-hard", "default", 42.8, Seed002)]
    [InlineData("gpt-5.4", "charxiv-reasoning", "default", 82.8, Seed002)]
    [InlineData("muse-spark", "medxpertqa-multimodal", "default", 78.4, Seed002)]
    [InlineData("muse-spark", "gpqa-diamond", "default", 89.5, Seed002)]
    [InlineData("muse-spark", "aa-intelligence-index-v4", "default", 52, Seed002)]
    [InlineData("muse-spark", "aa-intelligence-index-v4-output-tokens", "default", 58, Seed002)]
    [InlineData("gpt-5.4", "aa-intelligence-index-v4-output-tokens", "default", 120, Seed002)]
    // 003: agentic and general scores
    [InlineData("gpt-5.5", "agentic-score", "default", 98.2, Seed003)]
    [InlineData("claude-opus-4.7", "agentic-score", "Adaptive", 94.3, Seed003)]
    [InlineData("gemini-3-pro-deep-think", "agentic-score", "default", 95.4, Seed003)]
    [InlineData("deepseek-v4-pro", "general-score", "default", 88, Seed003)]
    [InlineData("gemini-3.1-pro", "general-score", "default", 92, Seed003)]
    // 004: Meta's official table, every row (16 rows, 64 figures)
    [InlineData("muse-spark", "charxiv-reasoning", "default", 86.4, Seed004)]
    [InlineData("gpt-5.4", "charxiv-reasoning", "default", 82.8, Seed004)]
    [InlineData("gemini-3.1-pro", "charxiv-reasoning", "default", 80.2, Seed004)]
    [InlineData("claude-opus-4.6", "charxiv-reasoning", "default", 65.3, Seed004)]
    [InlineData("muse-spark", "mmmu-pro", "default", 80.4, Seed004)]
    [InlineData("gemini-3.1-pro", "mmmu-pro", "default", 83.9, Seed004)]
    [InlineData("gpt-5.4", "mmmu-pro", "default", 81.2, Seed004)]
    [InlineData("claude-opus-4.6", "mmmu-pro", "default", 77.4, Seed004)]
    [InlineData("muse-spark", "simplevqa", "default", 71.3, Seed004)]
    [InlineData("gemini-3.1-pro", "simplevqa", "default", 72.4, Seed004)]
    [InlineData("claude-opus-4.6", "simplevqa", "default", 62.2, Seed004)]
    [InlineData("gpt-5.4", "simplevqa", "default", 61.1, Seed004)]
    [InlineData("muse-spark", "zerobench", "default", 33.0, Seed004)]
    [InlineData("gpt-5.4", "zerobench", "default", 41.0, Seed004)]
    [InlineData("gemini-3.1-pro", "zerobench", "default", 29.0, Seed004)]
    [InlineData("muse-spark", "hle", "no tools", 42.8, Seed004)]
    [InlineData("gemini-3.1-pro", "hle", "no tools", 45.4, Seed004)]
    [InlineData("gpt-5.4", "hle", "no tools", 43.9, Seed004)]
    [InlineData("claude-opus-4.6", "hle", "no tools", 40.0, Seed004)]
    [InlineData("muse-spark", "hle", "with tools, Contemplating", 50.4, Seed004)]
    [InlineData("claude-opus-4.6", "hle", "with tools", 53.1, Seed004)]
    [InlineData("gpt-5.4", "hle", "with tools", 52.1, Seed004)]
    [InlineData("gemini-3.1-pro", "hle", "with tools", 51.4, Seed004)]
    [InlineData("muse-spark", "gpqa-diamond", "default", 89.5, Seed004)]
    [InlineData("gemini-3.1-pro", "gpqa-diamond", "default", 94.3, Seed004)]
    [InlineData("gpt-5.4", "gpqa-diamond", "default", 92.8, Seed004)]
    [InlineData("claude-opus-4.6", "gpqa-diamond", "default", 92.7, Seed004)]
    [InlineData("muse-spark", "livecodebench-pro", "default", 80.0, Seed004)]
    [InlineData("gpt-5.4", "livecodebench-pro", "default", 87.5, Seed004)]
    [InlineData("gemini-3.1-pro", "livecodebench-pro", "default", 82.9, Seed004)]
    [InlineData("claude-opus-4.6", "livecodebench-pro", "default", 70.7, Seed004)]
    [InlineData("muse-spark", "arc-agi-2", "default", 42.5, Seed004)]
    [InlineData("gemini-3.1-pro", "arc-agi-2", "default", 76.5, Seed004)]
    [InlineData("gpt-5.4", "arc-agi-2", "default", 76.1, Seed004)]
    [InlineData("claude-opus-4.6", "arc-agi-2", "default", 63.3, Seed004)]
    [InlineData("muse-spark", "healthbench-hard", "default", 42.8, Seed004)]
    [InlineData("gpt-5.4", "healthbench-hard", "default", 40.1, Seed004)]
    [InlineData("gemini-3.1-pro", "healthbench-hard", "default", 20.6, Seed004)]
    [InlineData("grok-4.2", "healthbench-hard", "default", 20.3, Seed004)]
    [InlineData("claude-opus-4.6", "healthbench-hard", "default", 14.8, Seed004)]
    [InlineData("muse-spark", "medxpertqa-multimodal", "default", 78.4, Seed004)]
    [InlineData("gemini-3.1-pro", "medxpertqa-multimodal", "default", 81.3, Seed004)]
    [InlineData("gpt-5.4", "medxpertqa-multimodal", "default", 77.1, Seed004)]
    [InlineData("claude-opus-4.6", "medxpertqa-multimodal", "default", 64.8, Seed004)]
    [InlineData("muse-spark", "deepsearchqa", "default", 74.8, Seed004)]
    [InlineData("claude-opus-4.6", "deepsearchqa", "default", 73.7, Seed004)]
    [InlineData("gpt-5.4", "deepsearchqa", "default", 73.6, Seed004)]
    [InlineData("gemini-3.1-pro", "deepsearchqa", "default", 69.7, Seed004)]
    [InlineData("muse-spark", "swe-bench-verified", "default", 77.4, Seed004)]
    [InlineData("claude-opus-4.6", "swe-bench-verified", "default", 80.8, Seed004)]
    [InlineData("gemini-3.1-pro", "swe-bench-verified", "default", 80.6, Seed004)]
    [InlineData("grok-4.2", "swe-bench-verified", "default", 76.7, Seed004)]
    [InlineData("muse-spark", "terminal-bench-2.0", "default", 59.0, Seed004)]
    [InlineData("gpt-5.4", "terminal-bench-2.0", "default", 75.1, Seed004)]
    [InlineData("gemini-3.1-pro", "terminal-bench-2.0", "default", 68.5, Seed004)]
    [InlineData("claude-opus-4.6", "terminal-bench-2.0", "default", 65.4, Seed004)]
    [InlineData("muse-spark", "tau2-bench-telecom", "default", 91.5, Seed004)]
    [InlineData("grok-4.2", "tau2-bench-telecom", "default", 96.5, Seed004)]
    [InlineData("gemini-3.1-pro", "tau2-bench-telecom", "default", 95.6, Seed004)]
    [InlineData("claude-opus-4.6", "tau2-bench-telecom", "default", 92.1, Seed004)]
    [InlineData("muse-spark", "gdpval-aa", "default", 1444, Seed004)]
    [InlineData("gpt-5.4", "gdpval-aa", "default", 1672, Seed004)]
    [InlineData("claude-opus-4.6", "gdpval-aa", "default", 1606, Seed004)]
    [InlineData("gemini-3.1-pro", "gdpval-aa", "default", 1320, Seed004)]
    // 004: Artificial Analysis' own HLE run
    [InlineData("muse-spark", "hle", "default", 39.9, Seed004)]
    [InlineData("gemini-3.1-pro", "hle", "default", 44.7, Seed004)]
    [InlineData("gpt-5.4", "hle", "default", 41.6, Seed004)]
    public void Dataset_FigureFromArticle_IsHeldWithThatSource(string model, string benchmark, string setting, double expected, string seedFile)
    {
        var matches = fixture.ResultsFromSeed(seedFile)
            .Where(r => r.Model == model && r.Benchmark == benchmark && r.Setting == setting)
            .ToList();

        matches.Count.ShouldBe(1, $"{model} / {benchmark} / {setting} from {seedFile}");
        matches[0].Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("claude-opus-4.6", "zerobench", Seed004)]      // the table prints "Opus 4.6: —"
    [InlineData("gpt-5.4", "swe-bench-verified", Seed004)]      // the SWE-Bench Verified row gives no GPT-5.4 figure
    [InlineData("muse-spark", "agentic-score", Seed003)]        // "Unranked" / "Not published"
    [InlineData("gpt-5.4", "terminal-bench-2.0", Seed000)]      // only a gap ("16 points behind"), no figure
    [InlineData("gemini-3.1-pro", "terminal-bench-2.0", Seed000)]
    public void Dataset_FigureTheArticleDoesNotGive_IsNotInvented(string model, string benchmark, string seedFile)
    {
        fixture.ResultsFromSeed(seedFile).ShouldNotContain(r => r.Model == model && r.Benchmark == benchmark);
    }

    [Theory]
    // Distinct figures each article states (repeats within an article counted once), as in the table above.
    [InlineData(Seed000, 17)]
    [InlineData(Seed001, 7)]
    [InlineData(Seed002, 16)]
    [InlineData(Seed003, 5)]
    [InlineData(Seed004, 67)]
    public void Dataset_FiguresPerArticle_AreExactlyThoseTheArticleStates(string seedFile, int figures)
    {
        fixture.ResultsFromSeed(seedFile).Count().ShouldBe(figures);
    }

    [Fact]
    public void OfficialTable_HasSixteenRowsOfFigures()
    {
        var rows = fixture.Dataset.Results
            .Where(r => r.Source == DatasetFixture.OfficialTableSource && r.Evaluator == "Meta" && r.Model == "muse-spark")
            .Select(r => (r.Benchmark, r.Setting))
            .Distinct()
            .ToList();

        rows.Count.ShouldBe(16);
        fixture.Dataset.Results.Count(r => r.Source == DatasetFixture.OfficialTableSource && r.Evaluator == "Meta").ShouldBe(64);
    }
}
