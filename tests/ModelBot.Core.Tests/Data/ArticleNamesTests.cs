using ModelBot.Core.Names;

namespace ModelBot.Core.Tests.Data;

/// <summary>The names the articles use for models and benchmarks resolve to the dataset's ids.</summary>
public sealed class ArticleNamesTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    [Theory]
    [InlineData("Muse Spark", "muse-spark")]
    [InlineData("Avocado", "muse-spark")]
    [InlineData("GPT-5.4", "gpt-5.4")]
    [InlineData("GPT-5.5", "gpt-5.5")]
    [InlineData("Gemini 3.1 Pro", "gemini-3.1-pro")]
    [InlineData("Gemini 3.1 Pro Preview", "gemini-3.1-pro")]
    [InlineData("Opus 4.6", "claude-opus-4.6")]
    [InlineData("Claude Opus 4.6", "claude-opus-4.6")]
    [InlineData("Claude Opus 4.7", "claude-opus-4.7")]
    [InlineData("Grok 4.2", "grok-4.2")]
    [InlineData("Gemini 3 Pro Deep Think", "gemini-3-pro-deep-think")]
    [InlineData("Gemini Deep Think", "gemini-deep-think")]
    [InlineData("DeepSeek V4 Pro", "deepseek-v4-pro")]
    [InlineData("Gemma 4", "gemma-4-31b")]
    [InlineData("Llama 4", "llama-4")]
    [InlineData("Llama 4 Maverick", "llama-4-maverick")]
    public void ResolveModel_NameUsedInAnArticle_FindsItsModel(string name, string expectedId)
    {
        var resolution = new NameResolver(fixture.Dataset).ResolveModel(name);

        resolution.IsFound.ShouldBeTrue($"{name}: {resolution.Status}");
        resolution.Value.Id.ShouldBe(expectedId);
    }

    [Theory]
    [InlineData("HLE", "hle")]
    [InlineData("Humanity's Last Exam", "hle")]
    [InlineData("Humanity’s Last Exam", "hle")]
    [InlineData("HealthBench Hard", "healthbench-hard")]
    [InlineData("ARC-AGI-2", "arc-agi-2")]
    [InlineData("GPQA Diamond", "gpqa-diamond")]
    [InlineData("LiveCodeBench Pro", "livecodebench-pro")]
    [InlineData("LiveCodeBench v6", "livecodebench-v6")]
    [InlineData("Terminal-Bench 2.0", "terminal-bench-2.0")]
    [InlineData("τ²-Bench Telecom", "tau2-bench-telecom")]
    [InlineData("DeepSearchQA", "deepsearchqa")]
    [InlineData("MedXpertQA Multimodal", "medxpertqa-multimodal")]
    [InlineData("SWE-Bench Verified", "swe-bench-verified")]
    [InlineData("CharXiv Reasoning", "charxiv-reasoning")]
    [InlineData("Figure Understanding", "charxiv-reasoning")]
    [InlineData("MMMU Pro", "mmmu-pro")]
    [InlineData("SimpleVQA", "simplevqa")]
    [InlineData("ZeroBench", "zerobench")]
    [InlineData("GDPval-AA", "gdpval-aa")]
    [InlineData("GDPval-AA Elo", "gdpval-aa")]
    [InlineData("AIME 2026", "aime-2026")]
    [InlineData("Artificial Analysis Intelligence Index", "aa-intelligence-index-v4")]
    [InlineData("Intelligence Index v4.0", "aa-intelligence-index-v4")]
    [InlineData("Agentic score", "agentic-score")]
    public void ResolveBenchmark_NameUsedInAnArticle_FindsItsBenchmark(string name, string expectedId)
    {
        var resolution = new NameResolver(fixture.Dataset).ResolveBenchmark(name);

        resolution.IsFound.ShouldBeTrue($"{name}: {resolution.Status}");
        resolution.Value.Id.ShouldBe(expectedId);
    }
}
