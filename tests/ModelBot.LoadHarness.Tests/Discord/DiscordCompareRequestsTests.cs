using System.Text.Json;
using ModelBot.Discord.Security;
using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Tests.Running.Raw;

namespace ModelBot.LoadHarness.Tests.Discord;

public sealed class DiscordCompareRequestsTests
{
    private static readonly Uri Target = new("http://127.0.0.1:5080/");
    private static readonly (string, string)[] Pairs = [("muse-spark", "gpt-5.4"), ("claude-opus-4.6", "gemini-3-pro")];

    [Fact]
    public async Task Create_EveryRequest_PassesModelBotsVerifier()
    {
        using var signer = new DiscordSigner();
        var requests = new DiscordCompareRequests(Pairs, signer, "1180000000000000001", DateTimeOffset.UtcNow);
        var verifier = InteractionSignatureVerifier.FromHex(signer.PublicKeyHex).ShouldNotBeNull();

        for (var i = 0; i < 4; i++)
        {
            var (signature, timestamp, body) = await Read(requests.Create(Target, i));
            verifier.Verify(signature, timestamp, body).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Create_BodyChanged_FailsModelBotsVerifier()
    {
        using var signer = new DiscordSigner();
        var requests = new DiscordCompareRequests(Pairs, signer, "1180000000000000001", DateTimeOffset.UtcNow);
        var verifier = InteractionSignatureVerifier.FromHex(signer.PublicKeyHex).ShouldNotBeNull();

        var (signature, timestamp, body) = await Read(requests.Create(Target, 0));
        body[^2] ^= 1;

        verifier.Verify(signature, timestamp, body).ShouldBeFalse();
    }

    [Fact]
    public async Task Create_RequestNumber_RotatesOverThePairsAsCompareCommands()
    {
        using var signer = new DiscordSigner();
        var requests = new DiscordCompareRequests(Pairs, signer, "1180000000000000001", DateTimeOffset.UtcNow);

        var request = requests.Create(Target, 3);
        var (_, _, body) = await Read(request);

        request.RequestUri.ShouldBe(new Uri("http://127.0.0.1:5080/discord/interactions"));
        request.Content!.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("type").GetInt32().ShouldBe(2);
        var data = json.RootElement.GetProperty("data");
        data.GetProperty("name").GetString().ShouldBe("compare");
        data.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()).ShouldBe(["claude-opus-4.6", "gemini-3-pro"]);
    }

    [Fact]
    public async Task Prepare_EveryRequest_SameAsCreateAndPassesModelBotsVerifier()
    {
        using var signer = new DiscordSigner();
        var requests = new DiscordCompareRequests(Pairs, signer, "1180000000000000001", DateTimeOffset.UtcNow);
        var verifier = InteractionSignatureVerifier.FromHex(signer.PublicKeyHex).ShouldNotBeNull();
        var prepared = requests.Prepare(Target);

        for (var i = 0; i < 4; i++)
        {
            var raw = ParsedRequest.Of(prepared.Get(i));
            raw.RequestLine.ShouldBe("POST /discord/interactions HTTP/1.1");
            raw.Headers["Host"].ShouldBe("127.0.0.1:5080");
            raw.Headers["Content-Type"].ShouldBe("application/json");
            verifier.Verify(raw.Headers[SignatureHeaders.Signature], raw.Headers[SignatureHeaders.Timestamp], raw.Body).ShouldBeTrue();
            var (signature, timestamp, body) = await Read(requests.Create(Target, i));
            raw.Headers[SignatureHeaders.Signature].ShouldBe(signature);
            raw.Headers[SignatureHeaders.Timestamp].ShouldBe(timestamp);
            raw.Body.ShouldBe(body);
        }
    }

    private static async Task<(string Signature, string Timestamp, byte[] Body)> Read(HttpRequestMessage request) =>
        (request.Headers.GetValues(SignatureHeaders.Signature).Single(),
         request.Headers.GetValues(SignatureHeaders.Timestamp).Single(),
         await request.Content!.ReadAsByteArrayAsync());
}
