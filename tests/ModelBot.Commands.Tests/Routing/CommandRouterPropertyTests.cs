using CsCheck;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Routing;

public class CommandRouterPropertyTests
{
    private static readonly string[] Words =
    [
        "/compare", "/benchmark", "/model", "/ask", "/help", "/mb-compare", "compare", "help", "muse", "spark", "muse-spark",
        "gpt-5.4", "gpt", "5.4", "opus", "4.6", "\"", "“", ",", "vs", "and", "with", "tools", "no", "contemplating",
        "hle", "arc-agi-2", "which", "model", "leads", "is", "open", "source?", "context", "window", "'s", "?", "",
        "τ²-bench", "avocado", "gemma", "llama", "4", "/", "//", "-", "released", "fewest", "output", "tokens",
    ];

    private static void ShouldBeWellFormed(Answer answer)
    {
        answer.Command.ShouldNotBeNullOrWhiteSpace();
        answer.Title.ShouldNotBeNullOrWhiteSpace();
        if (answer.Ok)
        {
            answer.Error.ShouldBeNull();
        }
        else
        {
            answer.Error.ShouldNotBeNullOrWhiteSpace();
            answer.Ephemeral.ShouldBeTrue();
        }
    }

    [Fact]
    public void Handle_AnyString_AnswersWithoutThrowing()
    {
        Gen.String.Sample(text => ShouldBeWellFormed(Routers.Real.Ask(text)), iter: 2000);
    }

    [Fact]
    public void Handle_AnyMixOfCommandWords_AnswersWithoutThrowing()
    {
        Gen.OneOf(Words).Array[0, 8]
            .Select(words => string.Join(' ', words))
            .Sample(text => ShouldBeWellFormed(Routers.Real.Ask(text)), iter: 2000);
    }

    [Fact]
    public void Handle_AnyPlatformOptions_AnswersWithoutThrowing()
    {
        var commands = Gen.OneOf<string>(["compare", "benchmark", "model", "ask", "help", "/mb-model", "nope", "", " "]);
        var options = Gen.Select(Gen.OneOf<string>(["model1", "model2", "model3", "benchmark", "setting", "model", "question", "command", "x"]), Gen.OneOf(Gen.String, Gen.OneOf(Words)))
            .Array[0, 5]
            .Select(pairs => (IReadOnlyDictionary<string, string>)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));
        Gen.Select(commands, options, Gen.String)
            .Sample((command, values, text) => ShouldBeWellFormed(Routers.Real.Handle(new ChatRequest { Platform = "discord", Command = command, Options = values, Text = text })), iter: 1000);
    }
}
