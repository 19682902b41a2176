using Microsoft.Extensions.Options;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Routing;

namespace ModelBot.Commands.Tests.Parsing;

public class RequestParserTests
{
    private static readonly RequestParser Parser = new(new CommandCatalog(), Options.Create(new CommandsOptions()));

    private static string Describe(ParsedRequest parsed) => parsed switch
    {
        CompareRequest c => "compare " + string.Join(" | ", c.Models.Select(m => m.MayHoldSeveral ? m.Text : "'" + m.Text + "'")),
        BenchmarkRequest b => "benchmark " + b.Benchmark + (b.Setting is null ? "" : " @ " + b.Setting),
        ModelRequest m => "model " + m.Model,
        AskRequest a => "ask " + a.Question,
        HelpRequest h => "help" + (h.Topic is null ? "" : " " + h.Topic),
        InvalidRequest i => "invalid " + i.Command,
        _ => parsed.GetType().Name,
    };

    [Theory]
    [InlineData("/compare muse-spark gpt-5.4", "compare muse-spark gpt-5.4")]
    [InlineData("/compare \"gemini 3.1 pro\" opus 4.6", "compare 'gemini 3.1 pro' | opus 4.6")]
    [InlineData("/compare “gemini 3.1 pro” “opus 4.6”", "compare 'gemini 3.1 pro' | 'opus 4.6'")]
    [InlineData("compare a, b", "compare a | b")]
    [InlineData("compare gemma 4, llama 4", "compare gemma 4 | llama 4")]
    [InlineData("/compare muse spark vs gpt 5.4", "compare muse spark | gpt 5.4")]
    [InlineData("/COMPARE Muse Spark and GPT-5.4 and Opus 4.6", "compare Muse Spark | GPT-5.4 | Opus 4.6")]
    [InlineData("/compare \"gemini 3.1 pro", "compare 'gemini 3.1 pro'")]
    [InlineData("  /compare   a   b  ", "compare a   b")]
    [InlineData("/mb-compare muse-spark gpt-5.4", "compare muse-spark gpt-5.4")]
    [InlineData("/benchmark arc-agi-2", "benchmark arc-agi-2")]
    [InlineData("/benchmark arc-agi-2 with tools", "benchmark arc-agi-2 @ with tools")]
    [InlineData("/benchmark hle without tools", "benchmark hle @ no tools")]
    [InlineData("/benchmark HLE no tools in contemplating mode", "benchmark HLE @ no tools, Contemplating")]
    [InlineData("/benchmark \"humanity's last exam\" contemplating", "benchmark humanity's last exam @ Contemplating")]
    [InlineData("/benchmark terminal-bench 2.0", "benchmark terminal-bench 2.0")]
    [InlineData("/mb-benchmark arc agi 2", "benchmark arc agi 2")]
    [InlineData("/model avocado", "model avocado")]
    [InlineData("/model \"Muse Spark\"", "model Muse Spark")]
    [InlineData("/help", "help")]
    [InlineData("/help compare", "help compare")]
    [InlineData("/help /benchmark", "help benchmark")]
    [InlineData("/help nonsense", "help")]
    [InlineData("help", "help")]
    [InlineData("", "help")]
    [InlineData("   ", "help")]
    [InlineData("/ask which model leads ARC-AGI-2?", "ask which model leads ARC-AGI-2?")]
    [InlineData("which model leads ARC-AGI-2?", "ask which model leads ARC-AGI-2?")]
    [InlineData("help me compare gemma 4 and llama 4", "ask help me compare gemma 4 and llama 4")]
    [InlineData("compare gemma 4 to llama 4?", "ask compare gemma 4 to llama 4?")]
    [InlineData("model avocado", "model avocado")]
    [InlineData("/compare", "invalid compare")]
    [InlineData("/compare , ,", "invalid compare")]
    [InlineData("/benchmark", "invalid benchmark")]
    [InlineData("/benchmark with tools", "invalid benchmark")]
    [InlineData("/model", "invalid model")]
    [InlineData("/ask", "invalid ask")]
    [InlineData("/comapre a b", "invalid help")]
    [InlineData("/", "invalid help")]
    public void ParseText_Table_ParsesAsExpected(string text, string expected)
    {
        Describe(Parser.Parse(new ChatRequest { Platform = "console", Text = text })).ShouldBe(expected);
    }

    [Theory]
    [InlineData("compare", "model1=muse-spark;model2=gpt 5.4", "compare 'muse-spark' | 'gpt 5.4'")]
    [InlineData("compare", "model1=a;model2=b;model3=;model4=c", "compare 'a' | 'b' | 'c'")]
    [InlineData("compare", "model1=a", "invalid compare")]
    [InlineData("benchmark", "benchmark=arc-agi-2", "benchmark arc-agi-2")]
    [InlineData("benchmark", "benchmark=hle;setting=with tools, Contemplating", "benchmark hle @ with tools, Contemplating")]
    [InlineData("benchmark", "setting=with tools", "invalid benchmark")]
    [InlineData("model", "model=avocado", "model avocado")]
    [InlineData("ask", "question=is Muse Spark open source?", "ask is Muse Spark open source?")]
    [InlineData("help", "command=compare", "help compare")]
    [InlineData("/mb-model", "model=avocado", "model avocado")]
    [InlineData("MODEL", "model=avocado", "model avocado")]
    [InlineData("leaderboard", "benchmark=hle", "invalid help")]
    public void Parse_PlatformOptions_UsesThem(string command, string options, string expected)
    {
        var values = options.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var request = new ChatRequest { Platform = "discord", Command = command, Options = values };
        Describe(Parser.Parse(request)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("/mb-compare", "muse-spark gpt-5.4", "compare muse-spark gpt-5.4")]
    [InlineData("compare", "a, b", "compare a | b")]
    [InlineData("mb-benchmark", "hle with tools", "benchmark hle @ with tools")]
    [InlineData("/mb-help", "", "help")]
    [InlineData("/mb-model", "", "invalid model")]
    public void Parse_SlackCommandWithText_ParsesTextAsArguments(string command, string text, string expected)
    {
        Describe(Parser.Parse(new ChatRequest { Platform = "slack", Command = command, Text = text })).ShouldBe(expected);
    }

    [Fact]
    public void Parse_CustomPrefix_IsStripped()
    {
        var parser = new RequestParser(new CommandCatalog(), Options.Create(new CommandsOptions { CommandPrefix = "bot_" }));
        Describe(parser.ParseText("/bot_model avocado")).ShouldBe("model avocado");
        Describe(parser.ParseText("/mb-model avocado")).ShouldBe("invalid help");
    }

    [Theory]
    [InlineData("/comapre a b", "/compare")]
    [InlineData("/benchmrk hle", "/benchmark")]
    [InlineData("/modle x", "/model")]
    [InlineData("/hlep", "/help")]
    [InlineData("/comp a b", "/compare")]
    public void Parse_MistypedCommand_SuggestsTheCommand(string text, string suggestion)
    {
        var invalid = Parser.ParseText(text).ShouldBeOfType<InvalidRequest>();
        invalid.Error.ShouldContain("did you mean " + suggestion + "?");
        invalid.Suggestions[0].ShouldBe(suggestion);
    }

    [Fact]
    public void Parse_UnrelatedCommand_ListsEveryUsage()
    {
        var invalid = Parser.ParseText("/weather today").ShouldBeOfType<InvalidRequest>();
        invalid.Error.ShouldBe("Unknown command /weather. Try /help.");
        invalid.Suggestions.Count.ShouldBe(new CommandCatalog().Commands.Count);
    }

    [Fact]
    public void Parse_CompareWithoutModels_GivesUsage()
    {
        var invalid = Parser.ParseText("/compare").ShouldBeOfType<InvalidRequest>();
        invalid.Error.ShouldContain(BuiltInCommands.Compare.Usage);
        invalid.Suggestions.ShouldContain(BuiltInCommands.Compare.Usage);
    }
}
