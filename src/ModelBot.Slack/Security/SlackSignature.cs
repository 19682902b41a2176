using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ModelBot.Slack.Security;

/// <summary>
/// Slack's v0 request signature: <c>v0=</c> + lowercase hex HMAC-SHA256, keyed with the signing secret, over
/// <c>v0:{timestamp}:{raw body}</c>.
/// </summary>
public static class SlackSignature
{
    /// <summary>The version prefix of the base string and the signature.</summary>
    public const string Version = "v0";

    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The header carrying the request timestamp (Unix seconds).</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Length of a signature: <c>v0=</c> and 64 hex digits.</summary>
    public const int SignatureLength = 3 + (2 * SHA256.HashSizeInBytes);

    /// <summary>Computes the raw HMAC bytes for <paramref name="timestamp"/> and <paramref name="body"/>.</summary>
    public static void ComputeHash(ReadOnlySpan<byte> key, ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        Span<byte> prefix = stackalloc byte[64];
        var written = 0;
        prefix[written++] = (byte)'v';
        prefix[written++] = (byte)'0';
        prefix[written++] = (byte)':';
        written += Encoding.ASCII.GetBytes(timestamp, prefix[written..^1]);
        prefix[written++] = (byte)':';
        if (body.Length > OneShotMaxBody)
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(prefix[..written]);
            hmac.AppendData(body);
            hmac.GetHashAndReset(destination);
            return;
        }

        // A slash command's body is small: one pooled copy and the one-shot HMAC cost far less than an incremental
        // HMAC object per request.
        var message = ArrayPool<byte>.Shared.Rent(written + body.Length);
        try
        {
            prefix[..written].CopyTo(message);
            body.CopyTo(message.AsSpan(written));
            HMACSHA256.HashData(key, message.AsSpan(0, written + body.Length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    /// <summary>Bodies up to this size are hashed in one shot over a pooled copy; longer ones incrementally.</summary>
    private const int OneShotMaxBody = 64 * 1024;

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send: <c>v0=</c> and lowercase hex.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        ComputeHash(Encoding.UTF8.GetBytes(signingSecret), timestamp, body, hash);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }
}
