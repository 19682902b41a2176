using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ModelBot.Commands.Answers;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Rendering;

public class DiscordMessageRendererTests
{
    public static TheoryData<string> Samples => [.. SampleAnswers.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_SampleAnswer_MatchesGoldenFile(string name) =>
        GoldenFile.Verify("ModelBot.Discord.Tests", $"{name}.discord.json", DiscordGolden.Json(DiscordMessageRenderer.Render(SampleAnswers.Named(name))));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_EveryPageOfSampleAnswer_StaysWithinEveryLimit(string name)
    {
        var answer = SampleAnswers.Named(name);
        for (var page = 0; page < DiscordMessageRenderer.PageCount(answer); page++)
        {
            DiscordLimitChecker.Violations(DiscordMessageRenderer.Render(answer, page)).ShouldBeEmpty($"page {page}");
        }
    }

    [Fact]
    public void Render_AnyAnswerAnyPage_StaysWithinEveryLimitAndSerializes()
    {
        Gen.Select(AnswerGenerators.Answer, Gen.Int[0, 40]).Sample((answer, pageSeed) =>
        {
            var pages = DiscordMessageRenderer.PageCount(answer);
            foreach (var page in new[] { 0, pageSeed % pages, pages - 1 })
            {
                var message = DiscordMessageRenderer.Render(answer, page);
                DiscordLimitChecker.Violations(message).ShouldBeEmpty();
                var json = JsonSerializer.Serialize(message, DiscordPayloadJsonContext.Wire.DiscordMessage);
                var parsed = JsonNode.Parse(json)!;
                parsed["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
                JsonSerializer.Deserialize(json, DiscordPayloadJsonContext.Wire.DiscordMessage).ShouldNotBeNull();
            }
        }, iter: 150);
    }

    [Fact]
    public void Render_Huge_PagesRowsAndSaysHowManyFollow()
    {
        var answer = SampleAnswers.Huge;
        DiscordMessageRenderer.PageCount(answer).ShouldBe(10);

        var first = DiscordMessageRenderer.Render(answer, 0).Embeds![0];
        first.Description!.ShouldContain("… 180 more rows — use the buttons");
        first.Footer!.Text.ShouldStartWith("Page 1/10");

        var last = DiscordMessageRenderer.Render(answer, 9).Embeds![0];
        last.Description!.ShouldContain("Model number 200");
        last.Description!.ShouldNotContain("with tools");
        last.Footer!.Text.ShouldStartWith("Page 10/10");
    }

    [Fact]
    public void Render_Huge_CutsNotesVisibly()
    {
        var notes = DiscordMessageRenderer.Render(SampleAnswers.Huge).Embeds![0].Fields!.Single(f => f.Name == "Notes");

        notes.Value.ShouldContain("…");
        notes.Value.Length.ShouldBeLessThanOrEqualTo(DiscordLimits.FieldValue);
    }

    [Theory]
    [InlineData(-3, 1)]
    [InlineData(99, 10)]
    public void Render_PageOutOfRange_ShowsNearestPage(int page, int shown) =>
        DiscordMessageRenderer.Render(SampleAnswers.Huge, page).Embeds![0].Footer!.Text.ShouldStartWith($"Page {shown}/10");

    [Fact]
    public void Render_Error_IsRedEphemeralWithSuggestions()
    {
        var message = DiscordMessageRenderer.Render(SampleAnswers.Error);

        message.Flags.ShouldBe(MessageFlags.Ephemeral);
        var embed = message.Embeds!.ShouldHaveSingleItem();
        embed.Color.ShouldBe(EmbedColors.Error);
        embed.Description.ShouldBe("I don't know a model called \"gtp 5.4\".");
        embed.Fields!.ShouldHaveSingleItem().Value.ShouldBe("`gpt-5.4`, `gpt-5.5`");
        DiscordMessageRenderer.PageCount(SampleAnswers.Error).ShouldBe(1);
    }

    [Fact]
    public void Render_Compare_MarksLeadersAndListsSourcesInFooter()
    {
        var embed = DiscordMessageRenderer.Render(SampleAnswers.Compare).Embeds![0];

        embed.Description!.ShouldContain("GPT-5.4 **76.1** ★");
        embed.Footer!.Text.ShouldBe(
            "★ leads · † disputed\n" +
            "[1] Muse Spark: When Meta Betrays Open Source and Rejoins the Race from Behind — AI DayaHimour Team, 2026-04-11 (004_6e36….txt)\n" +
            "[2] Meta's Muse Spark Marks a Stunning Reversal: Why the Company That Built Open-Source AI Ju… (001_455b….txt)");
    }

    [Fact]
    public void Render_Profile_ShowsFactsAsInlineFieldsWithFootnotes()
    {
        var fields = DiscordMessageRenderer.Render(SampleAnswers.Profile).Embeds![0].Fields!;

        fields.Where(f => f.Inline == true).Select(f => f.Name).ShouldBe(["Vendor", "Released", "Weights", "Context window", "Modes"]);
        fields.First(f => f.Name == "Weights").Value.ShouldBe("closed [1,2]");
    }

    [Fact]
    public void Render_EphemeralHelp_SetsFlag64AndNeverPings()
    {
        var message = DiscordMessageRenderer.Render(SampleAnswers.Help);

        message.Flags.ShouldBe(64);
        JsonSerializer.Serialize(message, DiscordPayloadJsonContext.Wire.DiscordMessage).ShouldContain("\"allowed_mentions\":{\"parse\":[]}");
    }

    [Fact]
    public void Render_InChannelAnswer_HasNoFlags() =>
        DiscordMessageRenderer.Render(SampleAnswers.Compare).Flags.ShouldBeNull();

    [Fact]
    public void Render_HostileNames_CannotBreakFormattingOrPing()
    {
        var hostile = "*Evil_~|>` @everyone";
        var answer = SampleAnswers.Compare with
        {
            Title = hostile,
            Summary = $"**{hostile}** leads <@123>.",
            Facts = [new AnswerFact(hostile, hostile, [])],
            Tables = [SampleAnswers.Compare.Tables[0] with { Caption = hostile, Columns = ["Benchmark", "Setting", "```x", "GPT-5.4"] }],
        };

        var message = DiscordMessageRenderer.Render(answer);
        var embed = message.Embeds![0];

        embed.Title.ShouldBe(@"\*Evil\_\~\|\>\` \@everyone");
        embed.Description!.ShouldStartWith(@"**\*Evil\_\~\|\>\` \@everyone** leads \<\@123\>.");
        embed.Description.ShouldNotContain("```", customMessage: "a hostile column name cannot open a code block");
        embed.Description.ShouldContain(@"\`\`\`x 42.5");
        embed.Fields![0].Name.ShouldBe(@"\*Evil\_\~\|\>\` \@everyone");
        message.AllowedMentions.Parse.ShouldBeEmpty();
    }

    [Fact]
    public void Render_TableTooWideForACodeBlock_IsWrittenAsAList()
    {
        var description = DiscordMessageRenderer.Render(SampleAnswers.WideCompare).Embeds![0].Description!;

        description.ShouldNotContain("```");
        description.ShouldContain("• **ARC-AGI-2** · default · Muse Spark 42.5 · GPT-5.4 76.1 · Gemini 3.1 Pro **76.5** ★ · Claude Opus 4.6 63.3 [1]");
        description.ShouldContain("GPT-5.4 40.1 † ·");
    }

    [Fact]
    public void Render_Comparison_IsAFieldPerBenchmarkWithALinePerModel()
    {
        var answer = SampleAnswers.Compare with { Tables = [SampleAnswers.Compare.Tables[0] with { ChartSeries = true, Columns = ["Benchmark", "Muse Spark", "GPT-5.4"], Rows = [.. SampleAnswers.Compare.Tables[0].Rows.Select(r => r with { Cells = [r.Cells[0], r.Cells[2], r.Cells[3]] })] }] };

        var embed = DiscordMessageRenderer.Render(answer).Embeds![0];

        var benchmarks = embed.Fields!.Where(f => f.Inline == true).ToList();
        benchmarks.Select(f => f.Name).ShouldBe(["ARC-AGI-2", "HealthBench Hard", "Humanity's Last Exam", "CharXiv Reasoning", "Output tokens (AA index)"]);
        benchmarks[0].Value.ShouldBe("Muse Spark 42.5\nGPT-5.4 **76.1** ★\n[1]");
        benchmarks[4].Value.ShouldBe("Muse Spark 58M\nGPT-5.4 **120M** ★ †\n[2]");
        embed.Description!.ShouldEndWith("**Shared benchmarks**");
        embed.Fields![^1].Name.ShouldBe("Notes");
    }

    [Fact]
    public void Render_LabelsThatDifferOnlyAtTheEnd_NeverReadAlike()
    {
        var answer = SampleAnswers.Leaderboard with
        {
            Tables =
            [
                new AnswerTable
                {
                    Caption = "Muse Spark",
                    Columns = ["Benchmark", "Value"],
                    Rows =
                    [
                        new AnswerRow([new AnswerCell("Humanity's Last Exam (no tools)"), new AnswerCell("42.8%", 42.8)]),
                        new AnswerRow([new AnswerCell("Humanity's Last Exam (no tools, Contemplating)"), new AnswerCell("50.2%", 50.2)]),
                    ],
                },
            ],
        };

        var lines = DiscordMessageRenderer.Render(answer).Embeds![0].Description!.Split("```")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Length.ShouldBe(4);
        var labels = lines[2..].Select(line => line.Split("  ", StringSplitOptions.RemoveEmptyEntries)[0]).ToList();
        labels[0].ShouldNotBe(labels[1]);
        labels[1].ShouldEndWith("Contemplating)");
        lines.ShouldAllBe(line => ModelBot.Commands.Rendering.DisplayWidth.Of(line) <= DiscordLimits.PhoneCodeBlockWidth);
    }
}
