using System.Text;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Slack.Security;

namespace ModelBot.Slack.Tests.Security;

public class SlackSignatureVerifierTests
{
    // The official vector from python-slack-sdk tests/slack_sdk/signature/test_signature_verifier.py.
    private const string VectorSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string VectorTimestamp = "1531420618";
    private const string VectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string VectorBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static SlackSignatureVerifier Verifier(DateTimeOffset now, string? secret = VectorSecret) => new(secret, new FakeTimeProvider(now));

    [Fact]
    public void Compute_OfficialVector_MatchesSlack() =>
        SlackSignature.Compute(VectorSecret, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)).ShouldBe(VectorSignature);

    [Fact]
    public void Verify_OfficialVector_Valid() =>
        Verifier(VectorTime).Verify(VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody)).ShouldBe(SignatureCheck.Valid);

    public static TheoryData<string, string?, string?, string, int, SignatureCheck> Cases => new()
    {
        { "valid", VectorTimestamp, VectorSignature, VectorBody, 0, SignatureCheck.Valid },
        { "tampered body", VectorTimestamp, VectorSignature, VectorBody + "------", 0, SignatureCheck.Mismatch },
        { "tampered timestamp", "1531420619", VectorSignature, VectorBody, 0, SignatureCheck.Mismatch },
        { "uppercase hex", VectorTimestamp, VectorSignature.ToUpperInvariant().Replace("V0=", "v0=", StringComparison.Ordinal), VectorBody, 0, SignatureCheck.Mismatch },
        { "wrong version", VectorTimestamp, "v1=" + VectorSignature[3..], VectorBody, 0, SignatureCheck.Mismatch },
        { "truncated", VectorTimestamp, VectorSignature[..^2], VectorBody, 0, SignatureCheck.Mismatch },
        { "not hex", VectorTimestamp, VectorSignature[..^2] + "zz", VectorBody, 0, SignatureCheck.Mismatch },
        { "stale by 5 min 1 s", VectorTimestamp, VectorSignature, VectorBody, 301, SignatureCheck.StaleTimestamp },
        { "future by 5 min 1 s", VectorTimestamp, VectorSignature, VectorBody, -301, SignatureCheck.StaleTimestamp },
        { "5 min old is still fresh", VectorTimestamp, VectorSignature, VectorBody, 300, SignatureCheck.Valid },
        { "missing timestamp", null, VectorSignature, VectorBody, 0, SignatureCheck.MissingHeaders },
        { "missing signature", VectorTimestamp, null, VectorBody, 0, SignatureCheck.MissingHeaders },
        { "empty signature", VectorTimestamp, "", VectorBody, 0, SignatureCheck.MissingHeaders },
        { "timestamp not a number", "15314x0618", VectorSignature, VectorBody, 0, SignatureCheck.MalformedTimestamp },
        { "negative timestamp", "-1531420618", VectorSignature, VectorBody, 0, SignatureCheck.MalformedTimestamp },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_Case_GivesExpectedCheck(string name, string? timestamp, string? signature, string body, int secondsLater, SignatureCheck expected)
    {
        var check = Verifier(VectorTime.AddSeconds(secondsLater)).Verify(timestamp, signature, Encoding.UTF8.GetBytes(body));
        check.ShouldBe(expected, name);
    }

    [Fact]
    public void Verify_NoSecretConfigured_RejectsEvenASignedRequest() =>
        Verifier(VectorTime, secret: null).Verify(VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody)).ShouldBe(SignatureCheck.MissingHeaders);

    [Fact]
    public void Verify_RandomTamperings_AllRejected()
    {
        var body = Encoding.UTF8.GetBytes(VectorBody);
        var verifier = Verifier(VectorTime);
        // Flip one or more bits anywhere in body, timestamp or signature: every change must be rejected.
        var tampering = Gen.Select(Gen.Int[0, 2], Gen.Int[0, body.Length + 64], Gen.Byte[1, 255]);
        tampering.Sample((target, position, mask) =>
        {
            var tamperedBody = (byte[])body.Clone();
            var timestamp = VectorTimestamp;
            var signature = VectorSignature;
            switch (target)
            {
                case 0:
                    tamperedBody[position % body.Length] ^= mask;
                    break;
                case 1:
                    var digits = timestamp.ToCharArray();
                    var at = position % digits.Length;
                    digits[at] = (char)('0' + ((digits[at] - '0' + 1 + (mask % 9)) % 10));
                    timestamp = new string(digits);
                    break;
                default:
                    var chars = signature.ToCharArray();
                    var index = 3 + (position % 64);
                    chars[index] = "0123456789abcdef"[("0123456789abcdef".IndexOf(chars[index], StringComparison.Ordinal) + 1 + (mask % 15)) % 16];
                    signature = new string(chars);
                    break;
            }
            return verifier.Verify(timestamp, signature, tamperedBody) != SignatureCheck.Valid;
        }, iter: 5000);
    }

    [Fact]
    public void Verify_RandomBodies_SignedAreValidAndAppendedAreRejected()
    {
        var verifier = Verifier(VectorTime);
        Gen.Byte.Array[0, 2048].Select(Gen.Byte.Array[1, 16]).Sample((body, extra) =>
        {
            var signature = SlackSignature.Compute(VectorSecret, VectorTimestamp, body);
            return verifier.Verify(VectorTimestamp, signature, body) == SignatureCheck.Valid
                && verifier.Verify(VectorTimestamp, signature, [.. body, .. extra]) == SignatureCheck.Mismatch;
        }, iter: 2000);
    }
}
