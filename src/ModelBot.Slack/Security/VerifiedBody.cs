namespace ModelBot.Slack.Security;

/// <summary>A request body read in full and checked against its signature.</summary>
/// <param name="Check">The verification outcome.</param>
/// <param name="Body">The raw bytes; empty unless <see cref="Check"/> is <see cref="SignatureCheck.Valid"/>.</param>
/// <param name="TooLarge">The body exceeded the configured maximum and was not read.</param>
public readonly record struct VerifiedBody(SignatureCheck Check, byte[] Body, bool TooLarge = false)
{
    /// <summary>Whether the body may be parsed.</summary>
    public bool IsValid => Check == SignatureCheck.Valid && !TooLarge;
}
