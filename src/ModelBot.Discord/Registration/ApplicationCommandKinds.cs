namespace ModelBot.Discord.Registration;

/// <summary>The command and option type numbers ModelBot registers.</summary>
public static class ApplicationCommandKinds
{
    /// <summary>Application command type of a slash command.</summary>
    public const int ChatInput = 1;

    /// <summary>Option type of a string.</summary>
    public const int StringOption = 3;
}
