using ModelBot.Commands.Catalog;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Interactions.Components;
using ModelBot.Discord.Interactions.Sources;
using ModelBot.Discord.Rendering;
using ModelBot.Discord.Tests.Rendering;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Interactions;

public sealed class AnswerButtonsTests
{
    private static readonly Dictionary<string, string> Options = new() { ["benchmark"] = "arc-agi-2" };

    [Fact]
    public void RenderPage_EveryPageOfALongAnswer_HasDistinctIdsAndCorrectEnds()
    {
        var answer = SampleAnswers.Huge;
        var pages = DiscordMessageRenderer.PageCount(answer);
        pages.ShouldBeGreaterThan(2);
        for (var page = 0; page < pages; page++)
        {
            var message = InteractionProcessor.RenderPage(answer, page, BuiltInCommands.Benchmark, Options);

            var buttons = message.Components.ShouldNotBeNull().ShouldHaveSingleItem().Components;
            buttons.Select(b => b.Label).ShouldBe([AnswerButtons.PreviousLabel, $"Page {page + 1}/{pages}", AnswerButtons.NextLabel, AnswerButtons.SourcesLabel]);
            buttons.Select(b => b.CustomId).ShouldBeUnique();
            buttons.ShouldAllBe(b => b.CustomId!.Length <= DiscordLimits.CustomId);
            (buttons[0].Disabled == true).ShouldBe(page == 0);
            (buttons[2].Disabled == true).ShouldBe(page == pages - 1);
            DiscordLimitChecker.Violations(message).ShouldBeEmpty();
        }
    }

    [Fact]
    public void RenderPage_Error_HasNoButtons() =>
        InteractionProcessor.RenderPage(SampleAnswers.Error, 0, BuiltInCommands.Compare, Options).Components.ShouldBeNull();

    [Fact]
    public void RenderPage_Help_IsEphemeral() =>
        InteractionProcessor.RenderPage(SampleAnswers.Help with { Ephemeral = false }, 0, BuiltInCommands.Help, Options).Flags.ShouldBe(64);

    [Fact]
    public void SourcesMessage_EveryPageOfEverySample_IsEphemeralWithinLimitsAndCitesOnlyThatPage()
    {
        foreach (var answer in new[] { SampleAnswers.Compare, SampleAnswers.Leaderboard, SampleAnswers.Profile, SampleAnswers.Huge })
        {
            for (var page = 0; page < DiscordMessageRenderer.PageCount(answer); page++)
            {
                var message = SourcesMessageBuilder.Build(answer, page);

                message.Flags.ShouldBe(64);
                DiscordLimitChecker.Violations(message).ShouldBeEmpty();
                var cited = SourcesMessageBuilder.CitedOnPage(answer, page);
                var description = message.Embeds!.Single().Description!;
                foreach (var source in answer.Sources.Where(s => !cited.Contains(s.Number)))
                {
                    description.ShouldNotContain($"**[{source.Number}] ");
                }
            }
        }
    }

    [Fact]
    public void SourcesMessage_Compare_ShowsEachSourcesPassageAndFigures()
    {
        var description = SourcesMessageBuilder.Build(SampleAnswers.Compare, 0).Embeds!.Single().Description!;

        foreach (var source in SampleAnswers.Compare.Sources)
        {
            description.ShouldContain($"**[{source.Number}] ");
            description.ShouldContain("Passage: ");
        }
        description.ShouldContain("measured by");
    }
}
