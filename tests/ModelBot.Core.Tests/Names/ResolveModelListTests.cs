using ModelBot.Core.Names;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Names;

public class ResolveModelListTests
{
    [Theory]
    [InlineData("gemini 3.1 pro claude opus 4.6 gpt-5.4", "gemini-3.1-pro,claude-opus-4.6,gpt-5.4")]
    [InlineData("muse-spark gpt-5.4", "muse-spark,gpt-5.4")]
    [InlineData("muse spark vs gpt 5.4", "muse-spark,gpt-5.4")]
    [InlineData("Gemma 4, Llama 4", "gemma-4-31b,llama-4")]
    [InlineData("llama 4 maverick llama 4", "llama-4-maverick,llama-4")]
    [InlineData("avocado and opus 4.7", "muse-spark,claude-opus-4.7")]
    public void ResolveModelList_UnquotedNames_SplitsLongestFirst(string text, string expected)
    {
        var resolutions = RepositoryDataset.Names.ResolveModelList(text);

        resolutions.ShouldAllBe(r => r.Status == ResolutionStatus.Found);
        string.Join(',', resolutions.Select(r => r.Value!.Id)).ShouldBe(expected);
    }

    [Fact]
    public void ResolveModelList_UnknownWords_AreOneNotFoundWithSuggestions()
    {
        var resolutions = RepositoryDataset.Names.ResolveModelList("gtp 5.4 muse spark");

        resolutions.Count.ShouldBe(2);
        resolutions[0].Status.ShouldBe(ResolutionStatus.NotFound);
        resolutions[0].Query.ShouldBe("gtp 5.4");
        resolutions[0].Suggestions[0].Id.ShouldBe("gpt-5.4");
        resolutions[1].Value!.Id.ShouldBe("muse-spark");
    }

    [Fact]
    public void ResolveModelList_FamilyName_IsAmbiguous()
    {
        var resolutions = RepositoryDataset.Names.ResolveModelList("opus gpt-5.4");

        resolutions.Count.ShouldBe(2);
        resolutions[0].Status.ShouldBe(ResolutionStatus.Ambiguous);
        resolutions[0].Query.ShouldBe("opus");
        resolutions[1].Value!.Id.ShouldBe("gpt-5.4");
    }
}
