namespace ModelBot.Discord.Registration;

/// <summary>Discord's limits on application commands (developers/interactions/application-commands).</summary>
public static class ApplicationCommandLimits
{
    /// <summary>Command and option name length.</summary>
    public const int MaxNameLength = 32;

    /// <summary>Command and option description length.</summary>
    public const int MaxDescriptionLength = 100;

    /// <summary>Options per command.</summary>
    public const int MaxOptions = 25;

    /// <summary>Choices per option.</summary>
    public const int MaxChoices = 25;

    /// <summary>Choice name and string value length.</summary>
    public const int MaxChoiceLength = 100;

    /// <summary>Slash commands per application (globally or per guild).</summary>
    public const int MaxChatInputCommands = 100;

    /// <summary>Name, description, option and choice text of one command together.</summary>
    public const int MaxCommandCharacters = 4000;
}
