using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ModelBot.Commands.Answers;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Slack.Tests.Rendering;

public class SlackMessageRendererTests
{
    public static TheoryData<string> Samples => [.. SampleAnswers.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_SampleAnswer_MatchesGoldenFile(string name) =>
        GoldenFile.Verify("ModelBot.Slack.Tests", $"{name}.slack.json", SlackGolden.Json(SlackMessageRenderer.Render(SampleAnswers.Named(name))));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_EveryPageOfSampleAnswer_StaysWithinEveryLimit(string name)
    {
        var answer = SampleAnswers.Named(name);
        for (var page = 0; page < SlackMessageRenderer.PageCount(answer); page++)
        {
            SlackLimitChecker.Violations(SlackMessageRenderer.Render(answer, page), SlackLimits.Blocks - SlackMessageRenderer.ReservedBlocks).ShouldBeEmpty($"page {page}");
        }
    }

    [Fact]
    public void Render_AnyAnswerAnyPage_StaysWithinEveryLimitAndSerializes()
    {
        Gen.Select(AnswerGenerators.Answer, Gen.Int[0, 40]).Sample((answer, pageSeed) =>
        {
            var pages = SlackMessageRenderer.PageCount(answer);
            foreach (var page in new[] { 0, pageSeed % pages, pages - 1 })
            {
                var message = SlackMessageRenderer.Render(answer, page);
                SlackLimitChecker.Violations(message, SlackLimits.Blocks - SlackMessageRenderer.ReservedBlocks).ShouldBeEmpty();
                var json = JsonSerializer.Serialize(message, SlackPayloadJsonContext.Wire.SlackMessage);
                var blocks = JsonNode.Parse(json)!["blocks"]!.AsArray();
                blocks.ShouldAllBe(block => block!["type"] != null);
                var back = JsonSerializer.Deserialize(json, SlackPayloadJsonContext.Wire.SlackMessage)!;
                back.Blocks!.Count.ShouldBe(message.Blocks!.Count);
            }
        }, iter: 150);
    }

    [Fact]
    public void Render_Huge_PagesRowsAndSaysHowManyFollow()
    {
        var answer = SampleAnswers.Huge;
        SlackMessageRenderer.PageCount(answer).ShouldBe(8);

        var first = SlackMessageRenderer.Render(answer, 0);
        Texts(first).ShouldContain(text => text.Contains("… 175 more rows — use the buttons"));
        ((ContextBlock)first.Blocks![^1]).Elements[0].Text.ShouldStartWith("Page 1/8");

        var last = SlackMessageRenderer.Render(answer, 7);
        CellTexts(last).ShouldContain(text => text.Contains("Model number 200"));
        CellTexts(last).ShouldNotContain(text => text.Contains("Model number 175 "));
    }

    [Fact]
    public void Render_Huge_CutsFactsNotesAndSourcesVisibly()
    {
        var message = SlackMessageRenderer.Render(SampleAnswers.Huge);

        message.Blocks!.OfType<SectionBlock>().SelectMany(s => s.Fields ?? []).Last().Text.ShouldBe("… 6 more facts");
        Texts(message).ShouldContain(text => text.StartsWith("*Notes*\n• nnn") && text.Contains("n…\n• Second note."));
        ((ContextBlock)message.Blocks![^1]).Elements[^1].Text.ShouldBe("… 4 more sources");
    }

    [Fact]
    public void Render_Error_IsEphemeralWithSuggestionsAndFallback()
    {
        var message = SlackMessageRenderer.Render(SampleAnswers.Error);

        message.ResponseType.ShouldBe(ResponseTypes.Ephemeral);
        message.Text.ShouldBe("error: I don't know a model called \"gtp 5.4\".\ndid you mean: gpt-5.4, gpt-5.5");
        Texts(message).ShouldContain("*Did you mean:* `gpt-5.4`, `gpt-5.5`");
    }

    [Fact]
    public void Render_Compare_IsInChannelWithANativeTableAndSourcesInContext()
    {
        var message = SlackMessageRenderer.Render(SampleAnswers.Compare);

        message.ResponseType.ShouldBe(ResponseTypes.InChannel);
        message.Text.ShouldBe("Muse Spark vs GPT-5.4\nGPT-5.4 leads 3 of 5 shared benchmarks; Muse Spark leads 2.");
        message.Blocks![0].ShouldBe(new HeaderBlock(TextObject.Plain("Muse Spark vs GPT-5.4")));
        Texts(message).ShouldContain("*Shared benchmarks*");
        Texts(message).ShouldNotContain(text => text.Contains("```"));
        var table = message.Blocks.OfType<TableBlock>().ShouldHaveSingleItem();
        table.Rows.Count.ShouldBe(6);
        table.Rows[0].ShouldAllBe(cell => cell is RichTextCell);
        table.Rows.Select(row => row.Count).Distinct().ShouldHaveSingleItem().ShouldBe(5);
        table.ColumnSettings!.Select(c => c.Align).ShouldBe([null, null, TableColumnSettings.Right, TableColumnSettings.Right, TableColumnSettings.Right]);
        table.ColumnSettings![0].IsWrapped.ShouldBe(true);
        CellText(table.Rows[1][3]).ShouldBe("76.1 ★");
        table.Rows[1][3].ShouldBeOfType<RichTextCell>();
        CellText(table.Rows[5][3]).ShouldBe("120M ★ †");
        var context = (ContextBlock)message.Blocks[^1];
        context.Elements.Select(e => e.Text).ShouldBe([
            "★ leads · † disputed",
            "[1] Muse Spark: When Meta Betrays Open Source and Rejoins the Race from Behind — AI DayaHimour Team, 2026-04-11 (004_6e36….txt)",
            "[2] Meta's Muse Spark Marks a Stunning Reversal: Why the Company That Built Open-Source AI Ju… (001_455b….txt)",
        ]);
    }

    [Fact]
    public void Render_LabelsThatDifferOnlyAtTheEnd_NeverReadAlike()
    {
        var answer = SampleAnswers.Compare with
        {
            Tables = [SampleAnswers.Compare.Tables[0] with
            {
                Rows =
                [
                    new AnswerRow([new AnswerCell("Humanity's Last Exam (no tools)"), new AnswerCell("—"), new AnswerCell("42.8", 42.8), new AnswerCell("40.0", 40)]),
                    new AnswerRow([new AnswerCell("Humanity's Last Exam (no tools, Contemplating)"), new AnswerCell("—"), new AnswerCell("50.2", 50.2), new AnswerCell("—")]),
                ],
            }],
        };

        var table = SlackMessageRenderer.Render(answer).Blocks!.OfType<TableBlock>().Single();

        table.Rows.Skip(1).Select(row => CellText(row[0])).ShouldBe(["Humanity's Last Exam (no tools)", "Humanity's Last Exam (no tools, Contemplating)"]);
    }

    [Fact]
    public void Render_SeveralTables_PutsOnlyTheFirstInATableBlock()
    {
        var answer = SampleAnswers.Compare with { Tables = [SampleAnswers.Compare.Tables[0], SampleAnswers.Compare.Tables[0] with { Caption = "Benchmarks only some models have" }] };

        var message = SlackMessageRenderer.Render(answer);

        message.Blocks!.OfType<TableBlock>().Count().ShouldBe(SlackLimits.TablesPerMessage);
        Texts(message).ShouldContain(text => text.StartsWith("*Benchmarks only some models have*\n```\n") && text.EndsWith("```"));
    }

    [Fact]
    public void Render_HostileNames_NeverReachFormattedMrkdwn()
    {
        var hostile = "*Evil_~|>` & <!everyone> @here";
        var answer = SampleAnswers.Compare with
        {
            Title = hostile,
            Summary = $"**{hostile}** leads.",
            Facts = [new AnswerFact(hostile, hostile, [])],
            Notes = [hostile],
            Tables = [SampleAnswers.Compare.Tables[0] with { Caption = hostile, Columns = ["Benchmark", "Setting", "```" + hostile, "GPT-5.4"] }],
        };

        var message = SlackMessageRenderer.Render(answer);

        foreach (var text in AllTextObjects(message))
        {
            if (text.Type == TextObject.MrkdwnType)
            {
                text.Text.ShouldNotContain("<!everyone>");
                var parts = text.Text.Split("```");
                parts.Length.ShouldBeOneOf(1, 3);
                parts[0].ShouldNotContain("Evil_", customMessage: "dataset text with formatting characters must not be in formatted mrkdwn");
                parts[^1].ShouldNotContain("Evil_", customMessage: "dataset text with formatting characters must not be in formatted mrkdwn");
            }
        }
        var table = message.Blocks!.OfType<TableBlock>().Single();
        CellText(table.Rows[0][2]).ShouldBe("```" + hostile, "a table cell shows dataset text literally, with nothing to escape");
        Texts(message).ShouldContain(hostile, "a caption with formatting characters is plain_text");
        message.Text.ShouldContain("&lt;!everyone&gt;");
    }

    [Fact]
    public void Render_SecondTableTooWideForACodeBlock_IsWrittenAsAList()
    {
        var table = SampleAnswers.WideCompare.Tables[0] with { Columns = [.. SampleAnswers.WideCompare.Tables[0].Columns.Select(c => c + " (reported)")] };
        var wide = SampleAnswers.WideCompare with { Tables = [SampleAnswers.Compare.Tables[0], table] };

        var texts = Texts(SlackMessageRenderer.Render(wide)).ToList();

        texts.ShouldNotContain(t => t.Contains("```"));
        texts.ShouldContain(t => t.Contains("• *ARC-AGI-2* · default · Muse Spark (reported) 42.5 · GPT-5.4 (reported) 76.1 · Gemini 3.1 Pro (reported) *76.5* ★"));
    }

    private static IEnumerable<string> CellTexts(SlackMessage message) =>
        message.Blocks!.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(row => row).Select(CellText);

    private static string CellText(TableCell cell) => cell switch
    {
        RawTextCell raw => raw.Text,
        RichTextCell rich => string.Concat(rich.Elements.SelectMany(e => e.Elements).Select(run => run.Text)),
        _ => throw new InvalidOperationException(cell.GetType().Name),
    };

    private static IEnumerable<string> Texts(SlackMessage message) =>
        message.Blocks!.OfType<SectionBlock>().Where(s => s.Text is not null).Select(s => s.Text!.Text);

    private static IEnumerable<TextObject> AllTextObjects(SlackMessage message)
    {
        foreach (var block in message.Blocks!)
        {
            switch (block)
            {
                case HeaderBlock header:
                    yield return header.Text;
                    break;
                case SectionBlock section:
                    if (section.Text is not null)
                    {
                        yield return section.Text;
                    }
                    foreach (var field in section.Fields ?? [])
                    {
                        yield return field;
                    }
                    break;
                case ContextBlock context:
                    foreach (var element in context.Elements)
                    {
                        yield return element;
                    }
                    break;
            }
        }
    }
}
