namespace ModelBot.Commands.Catalog;

/// <summary>The value type of a command option. Every catalog option is text today.</summary>
public enum CommandOptionType
{
    /// <summary>Free text (Discord application command option type 3).</summary>
    Text,
}
