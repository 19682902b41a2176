using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace ModelBot.Discord.Security;

/// <summary>
/// Checks Discord's Ed25519 signature of an interaction: the signed message is the <c>X-Signature-Timestamp</c>
/// value followed by the raw body bytes, verified with the application's public key. Thread-safe; one instance per key.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    /// <summary>Length of an Ed25519 signature in bytes (128 hex characters).</summary>
    public const int SignatureLength = 64;

    /// <summary>Length of an Ed25519 public key in bytes (64 hex characters).</summary>
    public const int PublicKeyLength = 32;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _key;

    private InteractionSignatureVerifier(PublicKey key) => _key = key;

    /// <summary>Creates a verifier for a hex public key, or null when it is not 64 hex characters of a valid key.</summary>
    public static InteractionSignatureVerifier? FromHex(string publicKeyHex)
    {
        Span<byte> raw = stackalloc byte[PublicKeyLength];
        var hex = publicKeyHex.AsSpan().Trim();
        if (hex.Length != PublicKeyLength * 2
            || Convert.FromHexString(hex, raw, out _, out var written) != OperationStatus.Done
            || written != PublicKeyLength)
        {
            return null;
        }
        return PublicKey.TryImport(Algorithm, raw, KeyBlobFormat.RawPublicKey, out var key) && key is not null
            ? new InteractionSignatureVerifier(key)
            : null;
    }

    /// <summary>
    /// Verifies <paramref name="signedMessage"/> (timestamp bytes then body bytes) against the hex signature.
    /// False for a signature that is not exactly 128 hex characters.
    /// </summary>
    public bool Verify(ReadOnlySpan<char> signatureHex, ReadOnlySpan<byte> signedMessage)
    {
        if (signatureHex.Length != SignatureLength * 2)
        {
            return false;
        }
        Span<byte> signature = stackalloc byte[SignatureLength];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureLength)
        {
            return false;
        }
        return Algorithm.Verify(_key, signedMessage, signature);
    }

    /// <summary>Verifies a timestamp and body given separately (tests and tools; the endpoint avoids the copy).</summary>
    public bool Verify(ReadOnlySpan<char> signatureHex, string timestamp, ReadOnlySpan<byte> body)
    {
        var length = Encoding.UTF8.GetByteCount(timestamp) + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(timestamp, buffer);
            body.CopyTo(buffer.AsSpan(written));
            return Verify(signatureHex, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
