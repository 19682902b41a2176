namespace ModelBot.Discord.Payloads;

/// <summary>Message component types ModelBot uses.</summary>
public enum ComponentType
{
    /// <summary>A row holding up to five buttons.</summary>
    ActionRow = 1,

    /// <summary>A clickable button.</summary>
    Button = 2,
}
