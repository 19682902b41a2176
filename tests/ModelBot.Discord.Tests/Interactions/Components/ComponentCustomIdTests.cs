using CsCheck;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Interactions.Components;

namespace ModelBot.Discord.Tests.Interactions.Components;

public sealed class ComponentCustomIdTests
{
    private static readonly CommandCatalog Catalog = new();

    [Fact]
    public void Encode_Compare_IsCompact()
    {
        var id = ComponentCustomId.Encode(ComponentAction.Page, 1, BuiltInCommands.Compare, new Dictionary<string, string> { ["model1"] = "muse-spark", ["model2"] = "gpt-5.4" });

        id.ShouldBe("mb1|p|1|compare|muse-spark|gpt-5.4");
    }

    [Fact]
    public void EncodeThenDecode_AnyRequestThatFits_RoundTripsAndStaysWithin100()
    {
        var genValue = Gen.String[Gen.Char, 0, 30];
        var genCommand = Gen.OneOf<CommandDefinition>(BuiltInCommands.Compare, BuiltInCommands.Benchmark, BuiltInCommands.Model, BuiltInCommands.Ask);
        Gen.Select(genCommand, genValue.Array[5], Gen.Int[0, 500], Gen.Enum<ComponentAction>()).Sample((command, values, page, action) =>
        {
            var options = new Dictionary<string, string>();
            for (var i = 0; i < command.Options.Count; i++)
            {
                if (values[i].Length > 0)
                {
                    options[command.Options[i].Name] = values[i];
                }
            }

            var id = ComponentCustomId.Encode(action, page, command, options);

            if (id is null)
            {
                return;
            }
            id.Length.ShouldBeLessThanOrEqualTo(100);
            ComponentCustomId.TryDecode(id, Catalog, out var decoded).ShouldBeTrue();
            decoded.Action.ShouldBe(action);
            decoded.Page.ShouldBe(page);
            decoded.Command.ShouldBe(command.Name);
            decoded.Options.ShouldBe(options, ignoreOrder: true);
        }, iter: 2_000);
    }

    [Fact]
    public void Encode_TooLong_IsNull() =>
        ComponentCustomId.Encode(ComponentAction.Page, 0, BuiltInCommands.Ask, new Dictionary<string, string> { ["question"] = new string('q', 100) }).ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData("mb1|p|1")]
    [InlineData("mb2|p|1|compare|a")]
    [InlineData("mb1|x|1|compare|a")]
    [InlineData("mb1|p|-1|compare|a")]
    [InlineData("mb1|p|1|weather|a")]
    [InlineData("mb1|p|1|model|a|b")]
    [InlineData("mb1|p|1|model|a%zz")]
    public void TryDecode_NotOurs_IsFalse(string customId) => ComponentCustomId.TryDecode(customId, Catalog, out _).ShouldBeFalse();
}
