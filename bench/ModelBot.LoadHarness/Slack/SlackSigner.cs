using System.Security.Cryptography;
using System.Text;

namespace ModelBot.LoadHarness.Slack;

/// <summary>
/// Signs requests as Slack does: <c>v0=</c> + lowercase hex HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>, keyed
/// with the app's signing secret. Written from Slack's documentation, independently of ModelBot's verifier.
/// </summary>
public sealed class SlackSigner
{
    private readonly byte[] _key;

    /// <summary>A signer for <paramref name="signingSecret"/>.</summary>
    public SlackSigner(string signingSecret)
    {
        SigningSecret = signingSecret;
        _key = Encoding.UTF8.GetBytes(signingSecret);
    }

    /// <summary>A random 32-hex-digit secret, like the ones Slack issues.</summary>
    public static SlackSigner CreateRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>The signing secret (configured on every target).</summary>
    public string SigningSecret { get; }

    /// <summary>The <c>X-Slack-Signature</c> value for <paramref name="timestamp"/> and <paramref name="body"/>.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Encoding.ASCII.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        return "v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
