using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.Questions;
using ModelBot.Commands.Tests.Support;
using ModelBot.Commands.TopicLeaders;
using ModelBot.Core.Names;

namespace ModelBot.Commands.Tests.Questions;

public class QuestionClassifierTests
{
    private static readonly QuestionClassifier Classifier = new(new CommandCatalog());
    private static readonly NameResolver Names = new(RealData.Dataset);

    private static string Describe(ParsedRequest parsed) => parsed switch
    {
        CompareRequest c => "compare " + string.Join(" | ", c.Models.Select(m => m.Text)) + (c.Topic is null ? "" : " @ " + c.Topic.Label),
        BenchmarkRequest b => "benchmark " + b.Benchmark + (b.Setting is null ? "" : " @ " + b.Setting),
        ModelRequest m => "model " + m.Model,
        FactRequest f => "fact " + f.Model + " " + string.Join(",", f.Fields),
        InvalidRequest i => "invalid " + i.Command,
        TopicLeadersRequest t => "leaders " + t.Topic.Label,
        ModelLeadsRequest l => "leads " + l.Model + (l.Topic is null ? "" : " @ " + l.Topic.Label),
        Gap.GapRequest g => "gap " + g.First + " | " + g.Second + " @ " + g.Benchmark,
        _ => parsed.GetType().Name,
    };

    [Theory]
    [InlineData("which model leads ARC-AGI-2?", "benchmark arc-agi-2")]
    [InlineData("who is best at HLE with tools?", "benchmark hle @ with tools")]
    [InlineData("is Muse Spark open source?", "fact muse-spark Weights,Licence")]
    [InlineData("how does Gemma 4 compare to Llama 4?", "compare gemma-4-31b | llama-4")]
    [InlineData("what is Muse Spark's context window?", "fact muse-spark ContextWindow")]
    [InlineData("tell me about gpt-5.4", "model gpt-5.4")]
    [InlineData("muse spark vs gpt 5.4", "compare muse-spark | gpt-5.4")]
    [InlineData("when was Muse Spark released?", "fact muse-spark ReleaseDate")]
    [InlineData("which model uses the fewest output tokens?", "benchmark aa-intelligence-index-v4-output-tokens")]
    [InlineData("what is avocado?", "model muse-spark")]
    [InlineData("who makes Grok 4.2?", "fact grok-4.2 Vendor")]
    [InlineData("which model leads HLE in contemplating mode?", "benchmark hle @ Contemplating")]
    [InlineData("does Muse Spark beat GPT-5.4 on HealthBench Hard?", "gap muse-spark | gpt-5.4 @ healthbench-hard")]
    [InlineData("Muse Spark and GPT-5.4 on HealthBench Hard", "compare muse-spark | gpt-5.4")]
    [InlineData("how did Opus 4.6 do on SWE-bench Verified?", "benchmark swe-bench-verified")]
    [InlineData("best model for medical questions", "leaders Health")]
    [InlineData("which model is best at coding?", "leaders coding")]
    [InlineData("which is better at coding, muse spark or gpt-5.4?", "compare muse-spark | gpt-5.4 @ coding")]
    [InlineData("what benchmarks does muse spark lead?", "leads muse-spark")]
    [InlineData("is muse spark the best at vision?", "leads muse-spark @ Multimodal")]
    [InlineData("does muse spark take images?", "fact muse-spark InputModalities")]
    [InlineData("which model leads swe-bench verified for coding?", "benchmark swe-bench-verified")]
    public void Classify_ExampleQuestion_RoutesToCommand(string question, string expected)
    {
        Describe(Classifier.Classify(question, Names, RealData.Dataset)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("what's the weather like?")]
    [InlineData("hello there")]
    public void Classify_NoKnownName_ListsWhatItCanAnswer(string question)
    {
        var invalid = Classifier.Classify(question, Names, RealData.Dataset).ShouldBeOfType<InvalidRequest>();
        invalid.Command.ShouldBe("ask");
        invalid.Error.ShouldStartWith("I couldn't find a model or benchmark I know");
        invalid.Suggestions.ShouldContain("which model leads ARC-AGI-2?");
    }

    [Fact]
    public void Classify_Misspelt_ReadsTheOnePlausibleNameAndSaysSo()
    {
        var parsed = Classifier.Classify("tell me about Gemmma", Names, RealData.Dataset).ShouldBeOfType<ModelRequest>();
        parsed.Model.ShouldBe("gemma-4-31b");
        parsed.Assumption.ShouldBe("(Read 'Gemmma' as Gemma.)");
    }

    [Fact]
    public void Classify_MisspeltOffTopicWord_IsNotReadAsAName()
    {
        // "python" is a few edits from "mythos", but a typo keeps the first letter: no far-fetched reading.
        Classifier.Classify("write me a python function", Names, RealData.Dataset).ShouldBeOfType<InvalidRequest>().Error.ShouldNotContain("mythos");
    }
}
