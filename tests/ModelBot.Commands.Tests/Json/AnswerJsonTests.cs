using System.Text.Json;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Json;

namespace ModelBot.Commands.Tests.Json;

public class AnswerJsonTests
{
    private static readonly AnswerJson Json = new();

    private static Answer SampleAnswer() => new()
    {
        Ok = true,
        Command = "compare",
        Title = "Muse Spark vs GPT-5.4",
        Summary = "**Muse Spark** leads 1 of 1 benchmark.",
        Results =
        [
            new ResultFigure
            {
                Model = "muse-spark",
                Benchmark = "tau2-bench-telecom",
                Setting = "default",
                Value = 42.8,
                Unit = "%",
                Source = "dayahimour-muse-spark",
                SourceRef = 1,
                Evaluator = "Meta",
            },
        ],
        Sources = [new SourceNote(1, "dayahimour-muse-spark", "Muse Spark: “a title”", "AI DayaHimour Team", "2026-04-11", "004_6e36e93f2b73660a.txt")],
    };

    [Fact]
    public void Serialize_Success_HasContractShape()
    {
        using var document = JsonDocument.Parse(Json.Serialize(SampleAnswer()));
        var root = document.RootElement;
        root.GetProperty("ok").GetBoolean().ShouldBeTrue();
        root.GetProperty("command").GetString().ShouldBe("compare");
        root.GetProperty("title").GetString().ShouldBe("Muse Spark vs GPT-5.4");
        var result = root.GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
        result.GetProperty("model").GetString().ShouldBe("muse-spark");
        result.GetProperty("benchmark").GetString().ShouldBe("tau2-bench-telecom");
        result.GetProperty("setting").GetString().ShouldBe("default");
        result.GetProperty("value").GetDouble().ShouldBe(42.8);
        result.GetProperty("unit").GetString().ShouldBe("%");
        result.GetProperty("source").GetString().ShouldBe("dayahimour-muse-spark");
        root.TryGetProperty("error", out _).ShouldBeFalse();
    }

    [Fact]
    public void Serialize_Failure_HasOkFalseErrorAndSuggestions()
    {
        var failure = new Answer
        {
            Ok = false,
            Command = "model",
            Title = "Unknown model",
            Error = "No model named 'gpt-6'.",
            Suggestions = ["gpt-5.4", "gpt-5.5"],
            Ephemeral = true,
        };
        using var document = JsonDocument.Parse(Json.Serialize(failure));
        var root = document.RootElement;
        root.GetProperty("ok").GetBoolean().ShouldBeFalse();
        root.GetProperty("error").GetString().ShouldBe("No model named 'gpt-6'.");
        root.GetProperty("suggestions").EnumerateArray().Select(e => e.GetString()).ShouldBe(["gpt-5.4", "gpt-5.5"]);
        root.GetProperty("results").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Serialize_Compact_IsOneLineAndKeepsUnicodeAndNumbersAsWritten()
    {
        var json = Json.Serialize(SampleAnswer(), AnswerJsonFormat.Compact);
        json.ShouldNotContain('\n');
        json.ShouldContain("“a title”");
        json.ShouldContain("\"value\":42.8");
        json.ShouldContain("\"ok\":true");
    }

    [Fact]
    public void Serialize_Indented_SpansLines()
    {
        Json.Serialize(SampleAnswer(), AnswerJsonFormat.Indented).ShouldContain('\n');
    }

    [Fact]
    public void Deserialize_RoundTrip_KeepsFigures()
    {
        var back = Json.Deserialize(Json.Serialize(SampleAnswer()))!;
        back.Results.ShouldHaveSingleItem().ShouldBe(SampleAnswer().Results[0]);
        back.Sources.ShouldHaveSingleItem().ShouldBe(SampleAnswer().Sources[0]);
    }

    [Fact]
    public async Task WriteAsync_Stream_WritesSameBytesAsSerialize()
    {
        using var stream = new MemoryStream();
        await Json.WriteAsync(stream, SampleAnswer(), AnswerJsonFormat.Compact, TestContext.Current.CancellationToken);
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(Json.Serialize(SampleAnswer()));
    }
}
