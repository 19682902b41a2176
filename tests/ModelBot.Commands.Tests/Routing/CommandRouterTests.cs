using Microsoft.Extensions.Logging;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Tests.Support;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;

namespace ModelBot.Commands.Tests.Routing;

public class CommandRouterTests
{
    [Theory]
    [InlineData("/compare muse-spark gpt-5.4", "compare", "Muse Spark vs GPT-5.4")]
    [InlineData("/compare \"gemini 3.1 pro\" opus 4.6", "compare", "Gemini 3.1 Pro vs Claude Opus 4.6")]
    [InlineData("compare gemma 4, llama 4", "compare", "Gemma 4 31B vs Llama 4")]
    [InlineData("/compare GPT 5.4 vs gpt5.4 vs avocado", "compare", "GPT-5.4 vs Muse Spark")]
    [InlineData("/mb-compare muse-spark gpt-5.4 opus 4.6", "compare", "Muse Spark vs GPT-5.4 vs Claude Opus 4.6")]
    [InlineData("/benchmark arc-agi-2", "benchmark", "ARC-AGI-2 leaderboard")]
    [InlineData("/benchmark arc agi 2", "benchmark", "ARC-AGI-2 leaderboard")]
    [InlineData("/benchmark hle with tools", "benchmark", "Humanity's Last Exam leaderboard (with tools)")]
    [InlineData("/benchmark HLE no tools contemplating", "benchmark", "Humanity's Last Exam leaderboard (no tools)")]
    [InlineData("/model avocado", "model", "Muse Spark")]
    [InlineData("/model \"Opus 4.6\"", "model", "Claude Opus 4.6")]
    [InlineData("/help", "help", "ModelBot commands")]
    [InlineData("/help compare", "help", "/compare")]
    [InlineData("which model leads ARC-AGI-2?", "benchmark", "ARC-AGI-2 leaderboard")]
    [InlineData("who is best at HLE with tools?", "benchmark", "Humanity's Last Exam leaderboard (with tools)")]
    [InlineData("is Muse Spark open source?", "ask", "Muse Spark")]
    [InlineData("how does Gemma 4 compare to Llama 4?", "compare", "Gemma 4 31B vs Llama 4")]
    [InlineData("what is Muse Spark's context window?", "ask", "Muse Spark")]
    [InlineData("tell me about gpt-5.4", "model", "GPT-5.4")]
    [InlineData("muse spark vs gpt 5.4", "compare", "Muse Spark vs GPT-5.4")]
    [InlineData("when was Muse Spark released?", "ask", "Muse Spark")]
    [InlineData("/ask which model uses the fewest output tokens?", "benchmark", "Output tokens to run the Artificial Analysis Intelligence Index v4.0 leaderboard")]
    public void Handle_RealData_AnswersWithTitle(string text, string command, string title)
    {
        var answer = Routers.Real.Ask(text);
        answer.Error.ShouldBeNull();
        answer.Ok.ShouldBeTrue();
        answer.Command.ShouldBe(command);
        answer.Title.ShouldBe(title);
    }

    [Theory]
    [InlineData("how did muse spark do on HLE with tools?", "**Muse Spark** has a Contemplating-mode run of 50.4% (with tools), ranked apart from standard runs; all 3 standard runs (with tools) score higher.")]
    [InlineData("/benchmark hle", "With tools: **Claude Opus 4.6** leads with 53.1%")]
    [InlineData("/compare muse-spark gpt-5.4 on hle", "both shared benchmark rows")]
    public void Handle_HleWithTools_MuseSparksContemplatingFigureRanksInMetasWithToolsRow(string text, string expected)
    {
        // Meta's table prints Muse Spark's Contemplating 50.4 in one row with the others' with-tools figures.
        var answer = Routers.Real.Ask(text);

        answer.Ok.ShouldBeTrue();
        answer.Summary!.ShouldContain(expected);
        answer.Summary!.ShouldNotContain("With tools, Contemplating: **Muse Spark** leads");
    }

    [Theory]
    [InlineData("compare", "model1=muse-spark;model2=GPT 5.4;model3=Opus 4.6", "Muse Spark vs GPT-5.4 vs Claude Opus 4.6")]
    [InlineData("benchmark", "benchmark=hle;setting=with tools", "Humanity's Last Exam leaderboard (with tools)")]
    [InlineData("model", "model=Avocado", "Muse Spark")]
    [InlineData("ask", "question=which model leads ARC-AGI-2?", "ARC-AGI-2 leaderboard")]
    [InlineData("help", "command=benchmark", "/benchmark")]
    public void Handle_DiscordOptions_Answers(string command, string options, string title)
    {
        var values = options.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var answer = Routers.Real.Handle(new ChatRequest { Platform = "discord", Command = command, Options = values });
        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe(title);
    }

    [Fact]
    public void Handle_ConfiguredSlackPrefix_RunsTheCommand()
    {
        var router = Routers.For(RealData.Dataset, settings: new Dictionary<string, string?> { ["Commands:CommandPrefix"] = "modelbot-" });
        router.Handle(new ChatRequest { Platform = "slack", Command = "/modelbot-model", Text = "avocado" }).Title.ShouldBe("Muse Spark");
        router.Ask("/modelbot-benchmark arc-agi-2").Title.ShouldBe("ARC-AGI-2 leaderboard");
    }

    [Theory]
    [InlineData("/compare gpt-6 muse-spark", "compare", "gpt-5.4")]
    [InlineData("/model avocato", "model", "muse-spark")]
    [InlineData("/model gpt", "model", "gpt-5.4")]
    [InlineData("/benchmark arc-agi-3", "benchmark", "arc-agi-2")]
    [InlineData("/benchmark hle sideways", "benchmark", "with tools")]
    [InlineData("/comapre muse-spark gpt-5.4", "help", "/compare")]
    [InlineData("/compare muse-spark", "compare", "/compare <model> <model> [<model>…] [on <benchmark or topic>]")]
    [InlineData("/compare muse-spark muse spark", "compare", "/compare <model> <model> [<model>…] [on <benchmark or topic>]")]
    [InlineData("what's the weather?", "ask", "which model leads ARC-AGI-2?")]
    public void Handle_BadInput_EphemeralErrorWithSuggestion(string text, string command, string suggestion)
    {
        var answer = Routers.Real.Ask(text);
        answer.Ok.ShouldBeFalse();
        answer.Ephemeral.ShouldBeTrue();
        answer.Command.ShouldBe(command);
        answer.Error.ShouldNotBeNullOrWhiteSpace();
        answer.Suggestions.ShouldContain(suggestion);
        answer.Results.ShouldBeEmpty();
    }

    [Fact]
    public void Handle_PastedDocument_RefusedAtOnceWithItsLength()
    {
        // A pasted payload is no question: refused before it is read word by word, however it is shaped.
        var pasted = "which model leads " + string.Concat(Enumerable.Repeat("{\"options\":[", 3_000));

        var answer = Routers.Real.Ask(pasted);

        answer.Ok.ShouldBeFalse();
        answer.Error!.ShouldContain($"{pasted.Length:N0} characters long");
        answer.Error!.ShouldContain($"{ModelBot.Commands.Parsing.AskRequest.MaximumLength:N0}");
    }

    [Fact]
    public void Handle_UnknownCommand_SaysDidYouMean()
    {
        Routers.Real.Ask("/comapre a b").Error.ShouldBe("Unknown command /comapre: did you mean /compare?");
    }

    [Fact]
    public void Handle_Help_IsEphemeralAndAnswersAreNot()
    {
        Routers.Real.Ask("/help").Ephemeral.ShouldBeTrue();
        Routers.Real.Ask("/model avocado").Ephemeral.ShouldBeFalse();
    }

    [Fact]
    public async Task HandleAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(
            async () => await Routers.Real.HandleAsync(new ChatRequest { Platform = "console", Text = "/help" }, cancellation.Token));
    }

    [Fact]
    public async Task HandleAsync_NotCancelled_CompletesSynchronously()
    {
        var pending = Routers.Real.HandleAsync(new ChatRequest { Platform = "console", Text = "/model avocado" }, TestContext.Current.CancellationToken);
        pending.IsCompletedSuccessfully.ShouldBeTrue();
        (await pending).Title.ShouldBe("Muse Spark");
    }

    [Fact]
    public void Handle_UnexpectedFault_LogsAndAnswersWithCorrelationId()
    {
        using var logs = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var router = Routers.For(new BrokenProvider(), factory);

        var answer = router.Ask("/model avocado");

        answer.Ok.ShouldBeFalse();
        answer.Ephemeral.ShouldBeTrue();
        answer.Transient.ShouldBeTrue("an answer with a reference must never be reused");
        answer.Command.ShouldBe("model");
        var reference = answer.Error!.Split("reference ")[1][..12];
        reference.ShouldMatch("^[0-9a-f]{12}$");
        var entry = logs.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Error);
        entry.Message.ShouldContain(reference);
        entry.Exception.ShouldBeOfType<InvalidOperationException>();
    }

    [Fact]
    public void Handle_UnexpectedFault_HelpStillWorks()
    {
        Routers.For(new BrokenProvider()).Ask("/help").Ok.ShouldBeTrue();
    }

    [Fact]
    public void Handle_Compare_EveryFigureCarriesProvenance()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4");
        var dataset = RealData.Dataset;
        answer.Results.ShouldNotBeEmpty();
        foreach (var figure in answer.Results)
        {
            dataset.ModelsById.ShouldContainKey(figure.Model);
            dataset.BenchmarksById.ShouldContainKey(figure.Benchmark);
            dataset.SourcesById.ShouldContainKey(figure.Source);
            answer.Sources[figure.SourceRef - 1].Id.ShouldBe(figure.Source);
            figure.Evaluator.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Handle_Compare_NotesTheHealthBenchDisagreement()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4");
        answer.Notes.ShouldContain(n => n.StartsWith("HealthBench Hard, GPT-5.4: 40.1 (sources ", StringComparison.Ordinal) && n.Contains(" vs 41.2 (source "));
        answer.Notes.ShouldContain(n => n.StartsWith("HealthBench Hard, GPT-5.4: 41.2 (source ", StringComparison.Ordinal) && n.Contains("is disputed"));
    }

    private sealed class BrokenProvider : IDatasetProvider
    {
        public DatasetSnapshot Snapshot => throw new InvalidOperationException("dataset exploded");

        public CuratedDataset Current => Snapshot.Dataset;

        public NameResolver Names => Snapshot.Names;

        public int Version => 0;

        public DateTimeOffset? LoadedAt => null;

        public DatasetReloadFailure? LastError => null;

        public DatasetStatus GetStatus() => new() { Loaded = false, Path = "(broken)", Version = 0 };
    }
}
