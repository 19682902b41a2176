using System.Text.RegularExpressions;
using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Tests.Catalog;

public partial class CommandCatalogTests
{
    private static readonly CommandCatalog Catalog = new();

    public static TheoryData<string> CommandNamesInCatalog()
    {
        var data = new TheoryData<string>();
        foreach (var command in Catalog.Commands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$")]
    private static partial Regex DiscordNamePattern();

    [Fact]
    public void Commands_BuiltIn_AreTheFiveOfTheContract()
    {
        Catalog.Commands.Select(c => c.Name).ShouldBe(["compare", "benchmark", "model", "ask", "help"]);
    }

    [Theory]
    [MemberData(nameof(CommandNamesInCatalog))]
    public void Command_Name_MatchesDiscordPatternAndIsLowercase(string name)
    {
        var command = Catalog.Find(name)!;
        DiscordNamePattern().IsMatch(command.Name).ShouldBeTrue();
        command.Name.ShouldBe(command.Name.ToLowerInvariant());
        foreach (var option in command.Options)
        {
            DiscordNamePattern().IsMatch(option.Name).ShouldBeTrue(option.Name);
            option.Name.ShouldBe(option.Name.ToLowerInvariant());
        }
    }

    [Theory]
    [MemberData(nameof(CommandNamesInCatalog))]
    public void Command_Descriptions_AreWithinDiscordLength(string name)
    {
        var command = Catalog.Find(name)!;
        command.Description.Length.ShouldBeInRange(1, CatalogLimits.MaxDescriptionLength);
        foreach (var option in command.Options)
        {
            option.Description.Length.ShouldBeInRange(1, CatalogLimits.MaxDescriptionLength, option.Name);
        }
    }

    [Theory]
    [MemberData(nameof(CommandNamesInCatalog))]
    public void Command_OptionsAndChoices_AreWithinDiscordCounts(string name)
    {
        var command = Catalog.Find(name)!;
        command.Options.Count.ShouldBeLessThanOrEqualTo(CatalogLimits.MaxOptions);
        command.Options.Select(o => o.Name).ShouldBeUnique();
        foreach (var option in command.Options)
        {
            option.Choices.Count.ShouldBeLessThanOrEqualTo(CatalogLimits.MaxChoices);
            foreach (var choice in option.Choices)
            {
                choice.Name.Length.ShouldBeInRange(1, CatalogLimits.MaxChoiceLength);
                choice.Value.Length.ShouldBeInRange(1, CatalogLimits.MaxChoiceLength);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CommandNamesInCatalog))]
    public void Command_AutocompleteOptions_HaveNoChoices(string name)
    {
        foreach (var option in Catalog.Find(name)!.Options.Where(o => o.Autocomplete != AutocompleteKind.None))
        {
            option.Choices.ShouldBeEmpty(option.Name);
        }
    }

    [Theory]
    [MemberData(nameof(CommandNamesInCatalog))]
    public void Command_RequiredOptions_ComeBeforeOptionalOnes(string name)
    {
        var options = Catalog.Find(name)!.Options;
        var firstOptional = options.ToList().FindIndex(o => !o.Required);
        if (firstOptional >= 0)
        {
            options.Skip(firstOptional).ShouldAllBe(o => !o.Required);
        }
    }

    [Theory]
    [MemberData(nameof(CommandNamesInCatalog))]
    public void Command_UsageAndExamples_StartWithTheCommand(string name)
    {
        var command = Catalog.Find(name)!;
        command.Usage.ShouldStartWith("/" + command.Name);
        command.Examples.ShouldNotBeEmpty();
        command.Examples.ShouldAllBe(e => e == "/" + command.Name || e.StartsWith("/" + command.Name + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_Options_AreTwoRequiredAndThreeOptionalModels()
    {
        var options = BuiltInCommands.Compare.Options;
        options.Select(o => o.Name).ShouldBe(["model1", "model2", "model3", "model4", "model5"]);
        options.Select(o => o.Required).ShouldBe([true, true, false, false, false]);
        options.ShouldAllBe(o => o.Autocomplete == AutocompleteKind.Model);
    }

    [Theory]
    [InlineData("compare", "compare")]
    [InlineData("COMPARE", "compare")]
    [InlineData("Benchmark", "benchmark")]
    public void Find_AnyCase_ReturnsCommand(string name, string expected)
    {
        Catalog.Find(name)!.Name.ShouldBe(expected);
        Catalog.Find(name.AsSpan())!.Name.ShouldBe(expected);
    }

    [Fact]
    public void Find_Unknown_ReturnsNull()
    {
        Catalog.Find("compar").ShouldBeNull();
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        Should.Throw<ArgumentException>(() => new CommandCatalog([BuiltInCommands.Help, BuiltInCommands.Help]));
    }

    [Theory]
    [InlineData("compare", "<model> <model> [<model>…] [on <benchmark or topic>]")]
    [InlineData("help", "[command]")]
    public void UsageHint_IsTheArgumentsPart(string name, string expected)
    {
        Catalog.Find(name)!.UsageHint.ShouldBe(expected);
    }
}
