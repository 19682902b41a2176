using System.Text;
using NSec.Cryptography;

namespace ModelBot.LoadHarness.Discord;

/// <summary>A fresh Ed25519 application key for one run: signs interactions as Discord does (timestamp + raw body).</summary>
public sealed class DiscordSigner : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Algorithm);

    /// <summary>The public key as the Developer Portal shows it (64 hex characters).</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>The <c>X-Signature-Ed25519</c> value (128 hex characters) for <paramref name="timestamp"/> and <paramref name="body"/>.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Algorithm.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
