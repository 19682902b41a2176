using ModelBot.Commands.Catalog;

namespace ModelBot.Discord.Registration;

/// <summary>Turns the command catalog into the application commands Discord registers.</summary>
public static class CatalogCommandMapper
{
    /// <summary>One slash command per catalog command, options in catalog order.</summary>
    public static IReadOnlyList<ApplicationCommand> Map(CommandCatalog catalog) =>
        catalog.Commands.Select(Map).ToList();

    /// <summary>The application command for one catalog command.</summary>
    public static ApplicationCommand Map(CommandDefinition command) => new()
    {
        Name = command.Name,
        Description = command.Description,
        Options = command.Options.Count == 0 ? null : command.Options.Select(Map).ToList(),
    };

    private static ApplicationCommandOption Map(CommandOption option) => new()
    {
        Type = option.Type switch
        {
            CommandOptionType.Text => ApplicationCommandKinds.StringOption,
            _ => throw new ArgumentOutOfRangeException(nameof(option), option.Type, "No Discord option type for this catalog type."),
        },
        Name = option.Name,
        Description = option.Description,
        Required = option.Required ? true : null,
        Autocomplete = option.Autocomplete == AutocompleteKind.None ? null : true,
        Choices = option.Choices.Count == 0 ? null : option.Choices.Select(c => new ApplicationCommandOptionChoice(c.Name, c.Value)).ToList(),
    };
}
