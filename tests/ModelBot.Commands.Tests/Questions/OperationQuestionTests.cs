using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Questions;

/// <summary>Questions that ask for a number, a list or a filter answer it in the headline.</summary>
public class OperationQuestionTests
{
    [Theory]
    [InlineData("how many points behind gpt-5.4 is muse spark on GDPval", "by 228 Elo")]
    [InlineData("how far behind gpt-5.4 is muse spark on terminal-bench 2.0?", "by 16.1 points")]
    [InlineData("did muse spark use half the tokens of claude opus 4.6 on the intelligence index output tokens?", "less than half")]
    [InlineData("what did artificial analysis measure for muse spark on HLE", "Muse Spark** ranks 3rd of 3 with 39.9%")]
    [InlineData("which models are open weights?", "Open weights: **DeepSeek V4 Pro**, **Gemma 4 31B**, **Llama 4**, **Kimi K2.5**.")]
    [InlineData("which model has the largest context window", "**Qwen3.6 Plus** has the largest context window the sources state: 1,000,000 tokens")]
    [InlineData("top 3 on GPQA", "1. **Gemini 3.1 Pro** 94.3%, 2. **GPT-5.4** 92.8%, 3. **Claude Opus 4.6** 92.7%")]
    [InlineData("can muse spark generate images?", "No, not per the sources: **Muse Spark** — output: text.")]
    [InlineData("what's muse spark's parameter count", "parameters: not disclosed")]
    [InlineData("/benchmark tau2 telecom", "**Grok 4.2** leads with 96.5%")]
    [InlineData("/benchmark output tokens for the intelligence index", "**Muse Spark** leads with 58 M tokens")]
    [InlineData("@everyone muse spark vs gpt-5.4", "Muse Spark")]
    [InlineData("what does ARC-AGI-2 measure?", "**ARC-AGI-2** measures abstract reasoning")]
    [InlineData("/compare muse-spark, gpt-5.4, opus 4.6 on agentic", "Across 3 shared benchmark rows, **GPT-5.4** leads 2")]
    public void Question_AnswersTheNumberOrListInTheHeadline(string question, string expected)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        string.Concat(answer.Title, "\n", answer.Summary).ShouldContain(expected, Case.Insensitive);
    }

    [Fact]
    public void OffTopic_IsRefusedWithoutAFarFetchedSuggestion()
    {
        var answer = Routers.Real.Ask("write me a python function");

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldNotBeNull();
        answer.Error.ShouldNotContain("mythos", Case.Insensitive);
        answer.Error.ShouldContain("I answer questions about AI models");
    }
}
