namespace ModelBot.Discord.Payloads;

/// <summary>Message flag bits ModelBot sets.</summary>
public static class MessageFlags
{
    /// <summary>Only the user who invoked the interaction sees the message (1 &lt;&lt; 6).</summary>
    public const int Ephemeral = 1 << 6;
}
