using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

public class FactAnswerBuilderTests
{
    private static readonly ModelBot.Commands.Routing.CommandRouter Router = Routers.For(SmallDataset.Create());

    [Fact]
    public void Build_OpenSourceQuestion_WeightsAndLicenceWithSources()
    {
        var answer = Router.Ask("is Alpha 1 open source?");
        answer.Command.ShouldBe("ask");
        answer.Summary.ShouldBe("**Alpha 1** — weights: open; licence: Apache-2.0.");
        answer.Facts.Select(f => (f.Label, f.Value)).ShouldBe([("Weights", "open"), ("Licence", "Apache-2.0")]);
        answer.Facts.ShouldAllBe(f => f.SourceRefs.SequenceEqual(new[] { 1 }));
        answer.Sources.ShouldHaveSingleItem().Id.ShouldBe("first");
    }

    [Fact]
    public void Build_UnknownFact_IsNoted()
    {
        var answer = Router.Ask("what is Beta 2's context window?");
        answer.Ok.ShouldBeTrue();
        answer.Facts.ShouldBeEmpty();
        answer.Notes.ShouldBe(["No source states Beta 2's context window."]);
    }

    [Theory]
    [InlineData("when was gemma 4 released?", "No source states Gemma 4 31B's release date.")]
    [InlineData("does gpt-5.4 take images?", "No source states GPT-5.4's input modalities.")]
    public void Build_UnknownFact_IsNotedInAWholeSentence(string question, string note)
    {
        var answer = Routers.Real.Ask(question);

        answer.Notes.ShouldBe([note]);
    }
}
