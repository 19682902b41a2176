using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using ModelBot.LoadHarness.Slack;
using ModelBot.LoadHarness.Tests.Running.Raw;
using ModelBot.Slack.Security;

namespace ModelBot.LoadHarness.Tests.Slack;

public sealed class SlackCompareRequestsTests
{
    private static readonly Uri Target = new("http://127.0.0.1:5080/");
    private static readonly (string, string)[] Pairs = [("muse-spark", "gpt-5.4"), ("claude-opus-4.6", "gemini-3-pro")];
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sign_SlacksPublishedVector_Reproduced()
    {
        const string body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        new SlackSigner("8f742231b10e8888abcd99yyyzzz85a5").Sign("1531420618", Encoding.UTF8.GetBytes(body))
            .ShouldBe("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
    }

    [Fact]
    public async Task Create_EveryRequest_PassesModelBotsVerifier()
    {
        var time = new FakeTimeProvider(Now);
        var signer = SlackSigner.CreateRandom();
        var requests = new SlackCompareRequests(Pairs, signer, time);
        var verifier = new SlackSignatureVerifier(signer.SigningSecret, time);

        for (var i = 0; i < 4; i++)
        {
            var (timestamp, signature, body) = await Read(requests.Create(Target, i));
            verifier.Verify(timestamp, signature, body).ShouldBe(SignatureCheck.Valid);
            time.Advance(TimeSpan.FromMinutes(7)); // each request is signed afresh, so long runs never go stale
        }
    }

    [Fact]
    public async Task Create_BodyChanged_FailsModelBotsVerifier()
    {
        var time = new FakeTimeProvider(Now);
        var signer = SlackSigner.CreateRandom();
        var (timestamp, signature, body) = await Read(new SlackCompareRequests(Pairs, signer, time).Create(Target, 0));
        body[^1] ^= 1;

        new SlackSignatureVerifier(signer.SigningSecret, time).Verify(timestamp, signature, body).ShouldBe(SignatureCheck.Mismatch);
    }

    [Fact]
    public async Task Create_RequestNumber_RotatesOverThePairsAsCompareForms()
    {
        var request = new SlackCompareRequests(Pairs, SlackSigner.CreateRandom(), new FakeTimeProvider(Now)).Create(Target, 3);
        var (_, _, body) = await Read(request);

        request.RequestUri.ShouldBe(new Uri("http://127.0.0.1:5080/slack/commands"));
        request.Content!.Headers.ContentType!.MediaType.ShouldBe("application/x-www-form-urlencoded");
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        form["command"].ToString().ShouldBe("/compare");
        form["text"].ToString().ShouldBe("claude-opus-4.6 gemini-3-pro");
        new Uri(form["response_url"].ToString()).IsLoopback.ShouldBeTrue();
    }

    [Fact]
    public void Prepare_EveryRequest_PassesModelBotsVerifierAndIsResignedBeforeItGoesStale()
    {
        var time = new FakeTimeProvider(Now);
        var signer = SlackSigner.CreateRandom();
        var prepared = new SlackCompareRequests(Pairs, signer, time).Prepare(Target);
        var verifier = new SlackSignatureVerifier(signer.SigningSecret, time);

        var first = ParsedRequest.Of(prepared.Get(0));
        for (var i = 0; i < 12; i++)
        {
            var request = ParsedRequest.Of(prepared.Get(i));
            request.RequestLine.ShouldBe("POST /slack/commands HTTP/1.1");
            request.Headers["Host"].ShouldBe("127.0.0.1:5080");
            request.Headers["Content-Type"].ShouldBe("application/x-www-form-urlencoded");
            verifier.Verify(request.Headers[SlackSignature.TimestampHeader], request.Headers[SlackSignature.SignatureHeader], request.Body).ShouldBe(SignatureCheck.Valid, $"request {i}");
            time.Advance(TimeSpan.FromSeconds(50)); // 10 minutes in all: twice the verifier's window
        }
        ParsedRequest.Of(prepared.Get(0)).Headers[SlackSignature.TimestampHeader].ShouldNotBe(first.Headers[SlackSignature.TimestampHeader]);
    }

    [Fact]
    public void Prepare_WithinAMinute_SameBytesRequestAfterRequest()
    {
        var time = new FakeTimeProvider(Now);
        var prepared = new SlackCompareRequests(Pairs, SlackSigner.CreateRandom(), time).Prepare(Target);

        var before = prepared.Get(1);
        time.Advance(TimeSpan.FromSeconds(30));

        prepared.Get(1).ShouldBe(before); // no signing or formatting per request
        prepared.Get(3).Span.SequenceEqual(before.Span).ShouldBeTrue(); // rotates over the pairs
        prepared.Get(0).Span.SequenceEqual(before.Span).ShouldBeFalse();
    }

    private static async Task<(string Timestamp, string Signature, byte[] Body)> Read(HttpRequestMessage request) =>
        (request.Headers.GetValues(SlackSignature.TimestampHeader).Single(),
         request.Headers.GetValues(SlackSignature.SignatureHeader).Single(),
         await request.Content!.ReadAsByteArrayAsync());
}
