using System.Text;
using NSec.Cryptography;

namespace ModelBot.Discord.Tests.Support;

/// <summary>Signs interactions as Discord does, with a fixed test key (so golden files and harness runs are reproducible).</summary>
internal sealed class TestSigner
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key;

    public TestSigner(byte seed = 7)
    {
        var raw = Enumerable.Range(0, 32).Select(i => (byte)(seed * 31 + i * 7)).ToArray();
        _key = Key.Import(Algorithm, raw, KeyBlobFormat.RawPrivateKey);
        PublicKeyHex = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public string PublicKeyHex { get; }

    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(Algorithm.Sign(_key, message));
    }
}
