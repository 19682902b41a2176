using ModelBot.Commands.Catalog;
using ModelBot.Commands.Help;

namespace ModelBot.Commands.Tests.Help;

public class HelpAnswerBuilderTests
{
    private static readonly CommandCatalog Catalog = new();
    private static readonly HelpAnswerBuilder Builder = new(Catalog);

    [Fact]
    public void Build_Overview_ListsEveryCatalogCommandWithUsageAndExample()
    {
        var answer = Builder.Build();
        answer.Ok.ShouldBeTrue();
        answer.Command.ShouldBe("help");
        answer.Ephemeral.ShouldBeTrue();
        var rows = answer.Tables.ShouldHaveSingleItem().Rows;
        rows.Count.ShouldBe(Catalog.Commands.Count);
        foreach (var (command, row) in Catalog.Commands.Zip(rows))
        {
            row.Cells[0].Text.ShouldBe("/" + command.Name);
            row.Cells[1].Text.ShouldBe(command.Description);
            row.Cells[2].Text.ShouldBe(command.Usage);
            command.Examples.ShouldContain(row.Cells[3].Text);
        }
    }

    [Fact]
    public void Build_Overview_ShowsExampleQuestionsWithoutTheCommand()
    {
        var fact = Builder.Build().Facts.ShouldHaveSingleItem();
        fact.Value.ShouldContain("which model leads ARC-AGI-2?");
        fact.Value.ShouldNotContain("/ask");
    }

    [Fact]
    public void Build_CustomCatalog_FollowsIt()
    {
        var answer = new HelpAnswerBuilder(new CommandCatalog([BuiltInCommands.Model])).Build();
        answer.Tables[0].Rows.ShouldHaveSingleItem().Cells[0].Text.ShouldBe("/model");
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("benchmark")]
    [InlineData("model")]
    [InlineData("ask")]
    [InlineData("help")]
    public void Build_Topic_ShowsUsageExamplesAndOptions(string name)
    {
        var command = Catalog.Find(name)!;
        var answer = Builder.Build(name);
        answer.Title.ShouldBe("/" + name);
        answer.Summary.ShouldBe(command.Description);
        answer.Facts[0].Value.ShouldBe(command.Usage);
        answer.Tables.ShouldHaveSingleItem().Rows.Select(r => r.Cells[0].Text).ShouldBe(command.Options.Select(o => o.Name));
        answer.Ephemeral.ShouldBeTrue();
    }

    [Fact]
    public void Build_UnknownTopic_GivesOverview()
    {
        Builder.Build("weather").Title.ShouldBe(HelpAnswerBuilder.OverviewTitle);
    }
}
