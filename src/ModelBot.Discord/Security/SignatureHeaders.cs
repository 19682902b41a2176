namespace ModelBot.Discord.Security;

/// <summary>The headers Discord signs every HTTP interaction with.</summary>
public static class SignatureHeaders
{
    /// <summary>The Ed25519 signature, 128 hex characters.</summary>
    public const string Signature = "X-Signature-Ed25519";

    /// <summary>The timestamp that precedes the body in the signed message.</summary>
    public const string Timestamp = "X-Signature-Timestamp";

    /// <summary>Longest timestamp accepted (Discord sends Unix seconds).</summary>
    public const int MaxTimestampLength = 32;
}
