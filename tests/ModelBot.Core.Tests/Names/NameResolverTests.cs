using ModelBot.Core.Names;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Names;

public class NameResolverTests
{
    private static NameResolver Names => RepositoryDataset.Names;

    [Theory]
    [InlineData("gpt-5.4", "gpt-5.4", MatchKind.Exact)]
    [InlineData("GPT 5.4", "gpt-5.4", MatchKind.Exact)]
    [InlineData("gpt5.4", "gpt-5.4", MatchKind.Exact)]
    [InlineData("GPT-5.5", "gpt-5.5", MatchKind.Exact)]
    [InlineData("Opus 4.6", "claude-opus-4.6", MatchKind.Exact)]
    [InlineData("claude opus 4.6", "claude-opus-4.6", MatchKind.Exact)]
    [InlineData("Claude-Opus-4.7", "claude-opus-4.7", MatchKind.Exact)]
    [InlineData("Avocado", "muse-spark", MatchKind.Exact)]
    [InlineData("musespark", "muse-spark", MatchKind.Exact)]
    [InlineData("MUSE_SPARK", "muse-spark", MatchKind.Exact)]
    [InlineData("  Muse   Spark ", "muse-spark", MatchKind.Exact)]
    [InlineData("gemini 3.1 pro", "gemini-3.1-pro", MatchKind.Exact)]
    [InlineData("Gemini 3.1 Pro Preview", "gemini-3.1-pro", MatchKind.Exact)]
    [InlineData("llama 4", "llama-4", MatchKind.Exact)]
    [InlineData("Llama 4 Maverick", "llama-4-maverick", MatchKind.Exact)]
    [InlineData("gemma 4", "gemma-4-31b", MatchKind.Exact)]
    [InlineData("DeepSeek V4", "deepseek-v4-pro", MatchKind.Exact)]
    [InlineData("muse", "muse-spark", MatchKind.Prefix)]
    [InlineData("gemma", "gemma-4-31b", MatchKind.Prefix)]
    [InlineData("deepseek", "deepseek-v4-pro", MatchKind.Prefix)]
    [InlineData("spark", "muse-spark", MatchKind.Word)]
    [InlineData("maverick", "llama-4-maverick", MatchKind.Word)]
    public void ResolveModel_KnownName_FindsModel(string name, string expectedId, MatchKind expectedMatch)
    {
        var resolution = Names.ResolveModel(name);

        resolution.Status.ShouldBe(ResolutionStatus.Found);
        resolution.Value!.Id.ShouldBe(expectedId);
        resolution.Match.ShouldBe(expectedMatch);
        resolution.Query.ShouldBe(name);
    }

    [Theory]
    [InlineData("opus", "claude-opus-4.6,claude-opus-4.7")]
    [InlineData("gpt", "gpt-5.4,gpt-5.5")]
    [InlineData("GPT-5", "gpt-5.4,gpt-5.5")]
    [InlineData("claude", "claude-opus-4.6,claude-opus-4.7")]
    [InlineData("gemini", "gemini-3.1-pro,gemini-3-pro-deep-think,gemini-deep-think")]
    [InlineData("deep think", "gemini-3-pro-deep-think,gemini-deep-think")]
    [InlineData("llama", "llama-4,llama-4-maverick")]
    public void ResolveModel_FamilyName_IsAmbiguousWithCandidates(string name, string candidates)
    {
        var resolution = Names.ResolveModel(name);

        resolution.Status.ShouldBe(ResolutionStatus.Ambiguous);
        resolution.Value.ShouldBeNull();
        var ids = resolution.Candidates.Select(m => m.Id).ToList();
        foreach (var candidate in candidates.Split(','))
        {
            ids.ShouldContain(candidate);
        }

        ids.ShouldBe(RepositoryDataset.Dataset.Models.Select(m => m.Id).Where(ids.Contains), "candidates in dataset order");
    }

    [Theory]
    [InlineData("gtp 5.4", "gpt-5.4")]
    [InlineData("gtp-5.5", "gpt-5.5")]
    [InlineData("gemni 3.1 pro", "gemini-3.1-pro")]
    [InlineData("muse sprak", "muse-spark")]
    [InlineData("musespakr", "muse-spark")]
    [InlineData("claud opus 4.6", "claude-opus-4.6")]
    [InlineData("avocdo", "muse-spark")]
    [InlineData("lama 4", "llama-4")]
    public void ResolveModel_Misspelling_IsNotFoundWithSuggestionFirst(string name, string firstSuggestion)
    {
        var resolution = Names.ResolveModel(name);

        resolution.Status.ShouldBe(ResolutionStatus.NotFound);
        resolution.Suggestions.ShouldNotBeEmpty();
        resolution.Suggestions[0].Id.ShouldBe(firstSuggestion);
    }

    [Theory]
    [InlineData("grok 4", "grok-4.2")]
    [InlineData("Grok-4", "grok-4.2")]
    [InlineData("kimi k2", "kimi-k2.5")]
    [InlineData("qwen 3", "qwen3.6-plus")]
    public void ResolveModel_EarlierVersionOfOneModel_IsNotFoundWithThatModelSuggested(string name, string suggestion)
    {
        // Grok 4 is not Grok 4.2: a name that stops inside another model's version number must not answer for it.
        var resolution = Names.ResolveModel(name);

        resolution.Status.ShouldBe(ResolutionStatus.NotFound);
        resolution.Suggestions[0].Id.ShouldBe(suggestion);
    }

    [Theory]
    [InlineData("terminal bench 2", "terminal-bench-2.0")]
    [InlineData("intelligence index v4", "aa-intelligence-index-v4")]
    [InlineData("grok", "grok-4.2")]
    public void Resolve_VersionFollowedOnlyByZeros_OrNoVersion_StillMatches(string name, string expectedId)
    {
        var model = Names.ResolveModel(name);
        var found = model.IsFound ? model.Value.Id : Names.ResolveBenchmark(name).Value?.Id;

        found.ShouldBe(expectedId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyzzy quux")]
    [InlineData("4.6")]
    public void ResolveModel_Nonsense_IsNotFoundWithoutSuggestions(string name)
    {
        var resolution = Names.ResolveModel(name);

        resolution.Status.ShouldBe(ResolutionStatus.NotFound);
        resolution.Suggestions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("arc agi 2", "arc-agi-2")]
    [InlineData("ARC-AGI-2", "arc-agi-2")]
    [InlineData("arcagi2", "arc-agi-2")]
    [InlineData("HLE", "hle")]
    [InlineData("Humanity's Last Exam", "hle")]
    [InlineData("humanitys last exam", "hle")]
    [InlineData("LiveCodeBench Pro", "livecodebench-pro")]
    [InlineData("LCB v6", "livecodebench-v6")]
    [InlineData("output tokens", "aa-intelligence-index-v4-output-tokens")]
    [InlineData("intelligence index", "aa-intelligence-index-v4")]
    [InlineData("swe bench verified", "swe-bench-verified")]
    [InlineData("gpqa", "gpqa-diamond")]
    [InlineData("τ²-Bench Telecom", "tau2-bench-telecom")]
    [InlineData("tau2 bench telecom", "tau2-bench-telecom")]
    public void ResolveBenchmark_KnownName_FindsBenchmark(string name, string expectedId)
    {
        var resolution = Names.ResolveBenchmark(name);

        resolution.Status.ShouldBe(ResolutionStatus.Found);
        resolution.Value!.Id.ShouldBe(expectedId);
    }

    [Fact]
    public void ResolveBenchmark_VersionlessName_IsAmbiguousBetweenVersions()
    {
        var resolution = Names.ResolveBenchmark("livecodebench");

        resolution.Status.ShouldBe(ResolutionStatus.Ambiguous);
        resolution.Candidates.Select(b => b.Id).ShouldBe(["livecodebench-pro", "livecodebench-v6"]);
    }

    [Theory]
    [InlineData("arc agi 3", "arc-agi-2")]
    [InlineData("healthbench hrad", "healthbench-hard")]
    [InlineData("gpqa diamnd", "gpqa-diamond")]
    public void ResolveBenchmark_Misspelling_SuggestsBenchmark(string name, string firstSuggestionOrMatch)
    {
        var resolution = Names.ResolveBenchmark(name);

        resolution.Status.ShouldBe(ResolutionStatus.NotFound);
        resolution.Suggestions.ShouldNotBeEmpty();
        resolution.Suggestions[0].Id.ShouldBe(firstSuggestionOrMatch);
    }

    [Fact]
    public void CompleteModels_Empty_ListsModelsInDatasetOrder()
    {
        var completions = Names.CompleteModels("", 5);

        completions.Select(m => m.Id).ShouldBe(RepositoryDataset.Dataset.Models.Take(5).Select(m => m.Id));
    }

    [Theory]
    [InlineData("gpt-5.", "gpt-5.4,gpt-5.5")]
    [InlineData("opus 4.7", "claude-opus-4.7")]
    [InlineData("gemini", "gemini-3.1-pro,gemini-3-pro-deep-think,gemini-deep-think")]
    [InlineData("spark", "muse-spark")]
    public void CompleteModels_Partial_RanksPrefixMatchesFirst(string partial, string expectedStart)
    {
        var completions = Names.CompleteModels(partial);

        var expected = expectedStart.Split(',');
        completions.Take(expected.Length).Select(m => m.Id).ShouldBe(expected);
    }

    [Fact]
    public void CompleteModels_Max_IsCappedAtDiscordLimit()
    {
        Names.CompleteModels("", 100).Count.ShouldBeLessThanOrEqualTo(NameResolver.MaximumCompletions);
        Names.CompleteBenchmarks("", 100).Count.ShouldBeLessThanOrEqualTo(NameResolver.MaximumCompletions);
        Names.CompleteModels("", 2).Count.ShouldBe(2);
    }

    [Fact]
    public void CompleteBenchmarks_Partial_FindsBothVersions()
    {
        var completions = Names.CompleteBenchmarks("livecode");

        completions.Select(b => b.Id).Take(2).ShouldBe(["livecodebench-pro", "livecodebench-v6"]);
    }
}
