using System.Text;
using CsCheck;
using ModelBot.Discord.Security;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Security;

public sealed class InteractionSignatureVerifierTests
{
    private static readonly TestSigner Signer = new();
    private static readonly InteractionSignatureVerifier Verifier = InteractionSignatureVerifier.FromHex(Signer.PublicKeyHex)!;

    [Fact]
    public void Verify_SignedByTheKey_IsTrue()
    {
        var body = Encoding.UTF8.GetBytes(InteractionPayloads.Ping);

        Verifier.Verify(Signer.Sign("1732400000", body), "1732400000", body).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef00")]
    public void FromHex_NotA64HexKey_IsNull(string hex) => InteractionSignatureVerifier.FromHex(hex).ShouldBeNull();

    [Fact]
    public void Verify_AnyTampering_IsRejected()
    {
        var genBody = Gen.String[Gen.Char.AlphaNumeric, 2, 400].Select(s => Encoding.UTF8.GetBytes($$"""{"type":2,"data":"{{s}}"}"""));
        var genTimestamp = Gen.Long[1_600_000_000, 1_900_000_000].Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Which part to tamper (0 body byte, 1 timestamp char, 2 signature nibble, 3 truncate body, 4 append to body), where, and how.
        Gen.Select(genBody, genTimestamp, Gen.Int[0, 4], Gen.Int[0, 10_000], Gen.Byte[1, 255]).Sample((body, timestamp, part, position, flip) =>
        {
            var signature = Signer.Sign(timestamp, body);
            var (sentBody, sentTimestamp, sentSignature) = part switch
            {
                0 => (Flip(body, position % body.Length, flip), timestamp, signature),
                1 => (body, TamperTimestamp(timestamp, position), signature),
                2 => (body, timestamp, TamperHex(signature, position)),
                3 => (body[..(position % body.Length)], timestamp, signature),
                _ => ([.. body, flip], timestamp, signature),
            };
            Verifier.Verify(sentSignature, sentTimestamp, sentBody).ShouldBeFalse();
        }, iter: 5_000);
    }

    private static byte[] Flip(byte[] body, int index, byte mask)
    {
        var copy = body.ToArray();
        copy[index] ^= mask;
        return copy;
    }

    private static string TamperTimestamp(string timestamp, int position)
    {
        var chars = timestamp.ToCharArray();
        var index = position % chars.Length;
        chars[index] = chars[index] == '9' ? '0' : (char)(chars[index] + 1);
        return new string(chars);
    }

    private static string TamperHex(string hex, int position)
    {
        var chars = hex.ToCharArray();
        var index = position % chars.Length;
        chars[index] = chars[index] == 'f' ? '0' : chars[index] == '9' ? 'a' : (char)(chars[index] + 1);
        return new string(chars);
    }
}
