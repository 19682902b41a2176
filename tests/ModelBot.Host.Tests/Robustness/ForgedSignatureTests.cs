using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// Forged signatures are rejected 100% of the time, over HTTP on every signed route: thousands of random tamperings of
/// the body, the timestamp, the signature's bytes and its encoding (case, version prefix, length), headers dropped or
/// doubled, another key or secret, replays. Controls show the untampered request, and one whose header NAMES differ in
/// case (HTTP names are case-insensitive), are accepted, so the rejections are not a broken verifier.
/// </summary>
public class ForgedSignatureTests(SignedHost host) : IClassFixture<SignedHost>
{
    private const int DiscordTamperings = 12;
    private const int SlackTamperings = 14;

    private static Gen<(int Kind, int Position, byte Mask)> Tampering(int kinds) =>
        Gen.Select(Gen.Int[0, kinds - 1], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]);

    [Fact]
    public async Task DiscordInteraction_AnyTampering_IsRejectedWith401()
    {
        var outcomes = new Outcomes();
        await Tampering(DiscordTamperings).SampleAsync(async tampering =>
        {
            var (headers, body, what) = TamperDiscord(tampering);
            outcomes.Record(await host.SendAsync("POST", "/discord/interactions", body, ValidRequests.Json, headers, what));
        }, iter: FuzzSettings.Iterations(1500));

        outcomes.ShouldAllBeRejected(FuzzSettings.Iterations(1500));
    }

    [Fact]
    public async Task SlackRequest_AnyTamperingOnAnySignedRoute_IsRejectedWith401()
    {
        string[] routes = ["/slack/commands", "/slack/events", "/slack/interactivity"];
        var outcomes = new Outcomes();
        await Gen.Select(Gen.Int[0, routes.Length - 1], Tampering(SlackTamperings)).SampleAsync(async (routeIndex, tampering) =>
        {
            var route = routes[routeIndex];
            var (headers, body, what) = TamperSlack(route, tampering);
            outcomes.Record(await host.SendAsync("POST", route, body, ValidRequests.ByRoute[route].ContentType, headers, what));
        }, iter: FuzzSettings.Iterations(1500));

        outcomes.ShouldAllBeRejected(FuzzSettings.Iterations(1500));
    }

    [Fact]
    public async Task UntamperedOrHeaderNamesInOtherCase_SignedRequests_AreAccepted()
    {
        var discordBody = ValidRequests.DiscordCompare();
        var timestamp = SignedServeHost.NowSeconds();
        var discordSignature = host.Server.SignDiscord(timestamp, discordBody);
        var discord = await host.SendAsync("POST", "/discord/interactions", discordBody, ValidRequests.Json,
            [("x-signature-ed25519", discordSignature), ("X-SIGNATURE-TIMESTAMP", timestamp)], "header names in other case");
        discord.Status.ShouldBe(HttpStatusCode.OK, discord.ToString());

        foreach (var route in new[] { "/slack/commands", "/slack/events", "/slack/interactivity" })
        {
            var (contentType, body) = ValidRequests.ByRoute[route];
            var bytes = body();
            var slack = await host.SendAsync("POST", route, bytes, contentType,
                [("x-slack-request-timestamp", timestamp), ("X-SLACK-SIGNATURE", SignedServeHost.SignSlack(timestamp, bytes))], "header names in other case");
            slack.Status.ShouldBe(HttpStatusCode.OK, slack.ToString());
        }
    }

    private (List<(string, string)> Headers, byte[] Body, string What) TamperDiscord((int Kind, int Position, byte Mask) t)
    {
        var body = ValidRequests.DiscordCompare();
        var timestamp = SignedServeHost.NowSeconds();
        var signature = host.Server.SignDiscord(timestamp, body);
        var signatureHeader = "X-Signature-Ed25519";
        var timestampHeader = "X-Signature-Timestamp";
        var what = "";
        var extra = new List<(string, string)>();
        switch (t.Kind)
        {
            case 0: body[t.Position % body.Length] ^= t.Mask; what = "body byte flipped"; break;
            case 1: body = [.. body, (byte)(t.Mask % 95 + 32)]; what = "byte appended to the body"; break;
            case 2: body = body[..(t.Position % body.Length)]; what = "body truncated"; break;
            case 3: timestamp = OtherDigit(timestamp, t); what = "timestamp digit changed"; break;
            case 4: timestamp = t.Mask % 2 == 0 ? "0" + timestamp : timestamp + "0"; what = "timestamp padded"; break;
            case 5: signature = OtherHexDigit(signature, 0, t); what = "signature hex digit changed"; break;
            case 6: signature = signature[..(t.Position % signature.Length)]; what = "signature truncated"; break;
            case 7: signature += "00"; what = "signature extended"; break;
            case 8: signature = new string('0', 128); what = "zero signature"; break;
            case 9: signatureHeader = t.Mask % 2 == 0 ? "X-Signature-Ed25518" : "X-Signature"; what = "signature under another header"; break;
            case 10: extra.Add((signatureHeader, signature)); what = "signature header sent twice"; break;
            default:
                using (var other = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519))
                {
                    signature = Convert.ToHexStringLower(NSec.Cryptography.SignatureAlgorithm.Ed25519.Sign(other, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));
                }
                what = "signed with another key";
                break;
        }
        return ([(signatureHeader, signature), (timestampHeader, timestamp), .. extra], body, "Discord: " + what);
    }

    private static (List<(string, string)> Headers, byte[] Body, string What) TamperSlack(string route, (int Kind, int Position, byte Mask) t)
    {
        var body = ValidRequests.ByRoute[route].Body();
        var timestamp = SignedServeHost.NowSeconds();
        var signature = SignedServeHost.SignSlack(timestamp, body);
        var what = "";
        var headers = new List<(string, string)>();
        switch (t.Kind)
        {
            case 0: body[t.Position % body.Length] ^= t.Mask; what = "body byte flipped"; break;
            case 1: body = [.. body, (byte)'&']; what = "byte appended to the body"; break;
            case 2: body = body[..(t.Position % body.Length)]; what = "body truncated"; break;
            case 3: timestamp = (long.Parse(timestamp, CultureInfo.InvariantCulture) + 1 + (t.Position % 200)).ToString(CultureInfo.InvariantCulture); what = "timestamp moved (still fresh)"; break;
            case 4:
                timestamp = (long.Parse(timestamp, CultureInfo.InvariantCulture) - 301 - (t.Position % 100_000)).ToString(CultureInfo.InvariantCulture);
                signature = SignedServeHost.SignSlack(timestamp, body);
                what = "replay: correctly signed, stale timestamp";
                break;
            case 5: signature = OtherHexDigit(signature, 3, t); what = "signature hex digit changed"; break;
            case 6: signature = "v0=" + signature[3..].ToUpperInvariant(); what = "signature hex in upper case"; break;
            case 7: signature = (t.Mask % 3) switch { 0 => "V0=", 1 => "v1=", _ => "" } + signature[3..]; what = "version prefix changed"; break;
            case 8: signature = signature[..(t.Position % signature.Length)]; what = "signature truncated"; break;
            case 9: signature += "0"; what = "signature extended"; break;
            case 10: timestamp = (t.Mask % 3) switch { 0 => "0", 1 => "+", _ => "-" } + timestamp; what = "timestamp prefixed (same number, other text)"; break;
            case 11: signature = SignedServeHost.SignSlack(timestamp, body, secret: "another-secret"); what = "signed with another secret"; break;
            case 12: headers.Add(("X-Slack-Signature", SignedServeHost.SignSlack(timestamp, [.. body, (byte)'x']))); what = "second signature header"; break;
            default: timestamp = ""; what = "timestamp missing"; break;
        }
        headers.Insert(0, ("X-Slack-Request-Timestamp", timestamp));
        headers.Insert(1, ("X-Slack-Signature", signature));
        return (headers, body, $"Slack {route}: {what}");
    }

    private static string OtherDigit(string digits, (int Kind, int Position, byte Mask) t)
    {
        var chars = digits.ToCharArray();
        var at = t.Position % chars.Length;
        chars[at] = (char)('0' + ((chars[at] - '0' + 1 + (t.Mask % 9)) % 10));
        return new string(chars);
    }

    private static string OtherHexDigit(string signature, int skip, (int Kind, int Position, byte Mask) t)
    {
        const string hex = "0123456789abcdef";
        var chars = signature.ToCharArray();
        var at = skip + (t.Position % (chars.Length - skip));
        chars[at] = hex[(hex.IndexOf(chars[at], StringComparison.Ordinal) + 1 + (t.Mask % 15)) % 16];
        return new string(chars);
    }

    /// <summary>What the host answered to tampered requests, recorded from parallel samples.</summary>
    private sealed class Outcomes
    {
        private readonly List<string> _accepted = [];
        private int _rejected;

        public void Record(FuzzResponse response)
        {
            if (response.Status == HttpStatusCode.Unauthorized)
            {
                Interlocked.Increment(ref _rejected);
                return;
            }

            lock (_accepted)
            {
                _accepted.Add(response.ToString());
            }
        }

        /// <summary>No tampering got through, and at least <paramref name="samples"/> were answered 401.</summary>
        public void ShouldAllBeRejected(int samples)
        {
            _accepted.ShouldBeEmpty();
            _rejected.ShouldBeGreaterThanOrEqualTo(samples);
        }
    }
}
