using ModelBot.Commands.Questions;
using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Questions;

/// <summary>Topic words find their topic as whole words, and every topic names benchmarks the real dataset has.</summary>
public class TopicKeywordsTests
{
    [Theory]
    [InlineData("best model for medical questions", "Health", "healthbench-hard,medxpertqa-multimodal")]
    [InlineData("which is best for Coding?", "coding", "livecodebench-pro,livecodebench-v6,swe-bench-verified,terminal-bench-2.0")]
    [InlineData("top model for software engineering", "coding", "livecodebench-pro,livecodebench-v6,swe-bench-verified,terminal-bench-2.0")]
    [InlineData("who reads charts best", "chart understanding", "charxiv-reasoning")]
    [InlineData("which model is best at vision?", "Multimodal", "charxiv-reasoning,mmmu-pro,simplevqa,zerobench")]
    [InlineData("best at math", "math", "aime-2026")]
    [InlineData("best at science", "science", "gpqa-diamond")]
    [InlineData("which model is best at abstract reasoning?", "abstract reasoning", "arc-agi-2")]
    [InlineData("compare them on reasoning", "reasoning", "arc-agi-2,gpqa-diamond,hle,livecodebench-pro")]
    [InlineData("strongest agent", "Agentic", "agentic-score,deepsearchqa,gdpval-aa,swe-bench-verified,tau2-bench-telecom,terminal-bench-2.0")]
    [InlineData("which model is the best overall?", "overall", "aa-intelligence-index-v4,general-score")]
    public void Find_TopicWord_ResolvesToItsBenchmarks(string question, string label, string benchmarkIds)
    {
        var topic = TopicKeywords.Find(question, RealData.Dataset.Vocabulary);

        topic.ShouldNotBeNull();
        topic.Label.ShouldBe(label);
        string.Join(",", topic.Resolve(RealData.Dataset).Select(b => b.Id).Order(StringComparer.Ordinal)).ShouldBe(benchmarkIds);
    }

    [Theory]
    [InlineData("what is the context window?")]
    [InlineData("codex encoding decoder")]
    [InlineData("")]
    public void Find_NoTopicWord_IsNull(string question)
    {
        TopicKeywords.Find(question, RealData.Dataset.Vocabulary).ShouldBeNull();
    }
}
