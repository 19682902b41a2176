using ModelBot.Commands.Catalog;
using ModelBot.Discord.Registration;

namespace ModelBot.Discord.Tests.Registration;

public sealed class ApplicationCommandValidatorTests
{
    private static ApplicationCommand Valid => CatalogCommandMapper.Map(BuiltInCommands.Benchmark);

    [Fact]
    public void Validate_BuiltInCatalog_HasNoErrors() =>
        ApplicationCommandValidator.Validate(CatalogCommandMapper.Map(new CommandCatalog())).ShouldBeEmpty();

    [Theory]
    [InlineData("compare", true)]
    [InlineData("model-info", true)]
    [InlineData("what's", true)]
    [InlineData("modèle", true)]
    [InlineData("Compare", false)]
    [InlineData("two words", false)]
    [InlineData("", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", false)]
    [InlineData("slash/name", false)]
    public void IsValidName_Name_FollowsDiscordsPattern(string name, bool valid) =>
        ApplicationCommandValidator.IsValidName(name).ShouldBe(valid);

    public static TheoryData<string> Breakages =>
    [
        "long description", "empty description", "26 options", "26 choices", "autocomplete with choices", "required after optional",
        "duplicate option", "long choice",
    ];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Validate_BrokenCommand_ReportsOneError(string breakage)
    {
        var option = Valid.Options![0];
        var command = breakage switch
        {
            "long description" => Valid with { Description = new string('x', 101) },
            "empty description" => Valid with { Description = "" },
            "26 options" => Valid with { Options = Enumerable.Range(0, 26).Select(i => option with { Name = $"o{i}", Required = null }).ToList() },
            "26 choices" => Valid with { Options = [option with { Autocomplete = null, Choices = Enumerable.Range(0, 26).Select(i => new ApplicationCommandOptionChoice($"c{i}", $"v{i}")).ToList() }] },
            "autocomplete with choices" => Valid with { Options = [option with { Choices = [new("a", "a")] }] },
            "required after optional" => Valid with { Options = [option with { Required = null }, option with { Name = "other", Required = true }] },
            "duplicate option" => Valid with { Options = [option, option] },
            _ => Valid with { Options = [option with { Autocomplete = null, Choices = [new(new string('c', 101), "v")] }] },
        };

        ApplicationCommandValidator.Validate([command]).ShouldHaveSingleItem();
    }
}
