namespace ModelBot.Discord.Security;

/// <summary>Why reading a signed request's body stopped.</summary>
public enum SignedBodyReadStatus
{
    /// <summary>The body was read whole.</summary>
    Complete,

    /// <summary>The body is larger than the configured cap.</summary>
    TooLarge,
}
