using System.Net;
using System.Text;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Interactions.Http;

public sealed class InteractionsEndpointSignatureTests : IAsyncLifetime
{
    private const string Timestamp = "1732400000";
    private InteractionsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InteractionsHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> Cases =>
    [
        "missing signature", "missing timestamp", "empty signature", "non-hex signature", "short signature", "long signature",
        "wrong key", "tampered body", "tampered timestamp", "truncated body", "signature of another body", "flipped signature nibble",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadSignature_Answers401AndNeverReachesHandler(string @case)
    {
        var body = Encoding.UTF8.GetBytes(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        var good = _host.Signer.Sign(Timestamp, body);
        var (sentBody, signature, timestamp) = @case switch
        {
            "missing signature" => (body, null, Timestamp),
            "missing timestamp" => (body, good, null),
            "empty signature" => (body, "", Timestamp),
            "non-hex signature" => (body, "zz" + good[2..], Timestamp),
            "short signature" => (body, good[..126], Timestamp),
            "long signature" => (body, good + "00", Timestamp),
            "wrong key" => (body, new TestSigner(seed: 99).Sign(Timestamp, body), Timestamp),
            "tampered body" => (Tamper(body, 10), good, Timestamp),
            "tampered timestamp" => (body, good, "1732400001"),
            "truncated body" => (body[..^1], good, Timestamp),
            "signature of another body" => (body, _host.Signer.Sign(Timestamp, Encoding.UTF8.GetBytes(InteractionPayloads.Ping)), Timestamp),
            _ => (body, FlipNibble(good), Timestamp),
        };

        using var response = await _host.PostAsync(sentBody, signature, timestamp);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        _host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ValidSignature_Answers200()
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Ping, Timestamp);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("""{"type":1}""");
    }

    [Fact]
    public async Task Post_SignedButNotAnInteraction_Answers400()
    {
        using var response = await _host.PostSignedAsync("not json", Timestamp);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_BodyOverTheCap_Answers413()
    {
        var body = new byte[128 * 1024];
        Array.Fill(body, (byte)' ');

        using var response = await _host.PostAsync(body, _host.Signer.Sign(Timestamp, body), Timestamp);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    private static byte[] Tamper(byte[] body, int index)
    {
        var copy = body.ToArray();
        copy[index] ^= 0x01;
        return copy;
    }

    private static string FlipNibble(string hex)
    {
        var chars = hex.ToCharArray();
        chars[40] = chars[40] == '0' ? '1' : '0';
        return new string(chars);
    }
}
