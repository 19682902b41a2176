using ModelBot.Core.Names;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Names;

public class FindMentionsTests
{
    [Theory]
    [InlineData("which model leads ARC-AGI-2?", "Benchmark:arc-agi-2")]
    [InlineData("is Muse Spark open source?", "Model:muse-spark")]
    [InlineData("how does Gemma 4 compare to Llama 4?", "Model:gemma-4-31b,Model:llama-4")]
    [InlineData("what is Muse Spark's context window?", "Model:muse-spark")]
    [InlineData("what is Muse Spark’s context window?", "Model:muse-spark")]
    [InlineData("compare gpt-5.4 and claude opus 4.6 on humanity's last exam", "Model:gpt-5.4,Model:claude-opus-4.6,Benchmark:hle")]
    [InlineData("how many output tokens did GPT 5.4 use?", "Benchmark:aa-intelligence-index-v4-output-tokens,Model:gpt-5.4")]
    [InlineData("Llama 4 Maverick vs Avocado", "Model:llama-4-maverick,Model:muse-spark")]
    [InlineData("gpt5.4 on livecodebench pro", "Model:gpt-5.4,Benchmark:livecodebench-pro")]
    [InlineData("nothing to see here", "")]
    public void FindMentions_Sentence_FindsLongestNamesInOrder(string text, string expected)
    {
        var mentions = RepositoryDataset.Names.FindMentions(text);

        string.Join(',', mentions.Select(m => $"{m.Kind}:{m.Id}")).ShouldBe(expected);
    }

    [Fact]
    public void FindMentions_Possessive_SpanExcludesTheS()
    {
        const string text = "what is Muse Spark's context window?";

        var mention = RepositoryDataset.Names.FindMentions(text).ShouldHaveSingleItem();

        mention.Text.ShouldBe("Muse Spark");
        text.Substring(mention.Start, mention.Length).ShouldBe("Muse Spark");
    }
}
