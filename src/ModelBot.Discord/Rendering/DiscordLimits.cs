namespace ModelBot.Discord.Rendering;

/// <summary>
/// Discord's message limits (developers/resources/message, "Embed Limits"; message components). Characters are
/// counted conservatively as UTF-16 code units. Every rendered message stays within all of them.
/// </summary>
public static class DiscordLimits
{
    /// <summary>Message content.</summary>
    public const int Content = 2000;

    /// <summary>Embeds per message.</summary>
    public const int Embeds = 10;

    /// <summary>Embed title.</summary>
    public const int EmbedTitle = 256;

    /// <summary>Embed description.</summary>
    public const int EmbedDescription = 4096;

    /// <summary>Fields per embed.</summary>
    public const int EmbedFields = 25;

    /// <summary>Embed field name.</summary>
    public const int FieldName = 256;

    /// <summary>Embed field value.</summary>
    public const int FieldValue = 1024;

    /// <summary>Embed footer text.</summary>
    public const int FooterText = 2048;

    /// <summary>Embed author name.</summary>
    public const int AuthorName = 256;

    /// <summary>Title, description, field names and values, footer and author name of all embeds together.</summary>
    public const int EmbedTotal = 6000;

    /// <summary>Action rows per message.</summary>
    public const int ActionRows = 5;

    /// <summary>Buttons per action row.</summary>
    public const int ButtonsPerRow = 5;

    /// <summary>A component's custom_id.</summary>
    public const int CustomId = 100;

    /// <summary>A button's label.</summary>
    public const int ButtonLabel = 80;

    /// <summary>
    /// Widest code-block line, in display columns, that a phone shows in an embed without wrapping: about 40
    /// monospace columns on a 360–390 pt wide screen at the default font size. Not an API limit: a wider line is
    /// accepted and wraps, which breaks a table's columns.
    /// </summary>
    public const int PhoneCodeBlockWidth = 40;
}
