namespace ModelBot.Discord.Registration;

/// <summary>What registering the catalog did.</summary>
public enum RegistrationStatus
{
    /// <summary>Discord already held the same commands; nothing was sent but the GET.</summary>
    Unchanged,

    /// <summary>The commands differed and one PUT replaced them.</summary>
    Updated,

    /// <summary>The catalog breaks a Discord rule; nothing was sent.</summary>
    Invalid,

    /// <summary>Settings are missing or Discord refused or could not be reached.</summary>
    Failed,
}
