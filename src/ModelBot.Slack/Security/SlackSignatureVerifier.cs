using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Options;

namespace ModelBot.Slack.Security;

/// <summary>
/// Verifies Slack request signatures on the raw body bytes, before anything is parsed: constant-time comparison,
/// timestamps more than <see cref="MaxClockSkew"/> from now rejected.
/// </summary>
public sealed class SlackSignatureVerifier
{
    /// <summary>How far a request timestamp may be from now.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for the configured signing secret.</summary>
    public SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
        : this(options.Value.SigningSecret, time)
    {
    }

    /// <summary>Creates a verifier for <paramref name="signingSecret"/> (null or empty rejects every request).</summary>
    public SlackSignatureVerifier(string? signingSecret, TimeProvider time)
    {
        _key = string.IsNullOrEmpty(signingSecret) ? [] : Encoding.UTF8.GetBytes(signingSecret);
        _time = time;
    }

    /// <summary>Checks <paramref name="signature"/> against <paramref name="timestamp"/> and the raw <paramref name="body"/>.</summary>
    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (_key.Length == 0 || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }
        if (timestamp.Length > 18 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)MaxClockSkew.TotalSeconds)
        {
            return SignatureCheck.StaleTimestamp;
        }
        if (signature.Length != SlackSignature.SignatureLength || !signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return SignatureCheck.Mismatch;
        }
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        SlackSignature.ComputeHash(_key, timestamp, body, expected);
        Span<byte> given = stackalloc byte[SHA256.HashSizeInBytes];
        if (Convert.FromHexString(signature.AsSpan(3), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != given.Length)
        {
            return SignatureCheck.Mismatch;
        }
        return CryptographicOperations.FixedTimeEquals(expected, given) && IsLowercaseHex(signature.AsSpan(3))
            ? SignatureCheck.Valid
            : SignatureCheck.Mismatch;
    }

    private static bool IsLowercaseHex(ReadOnlySpan<char> hex) => !hex.ContainsAnyInRange('A', 'F');
}
