using Microsoft.AspNetCore.Builder;
using System.Net;
using ModelBot.LoadHarness.Bare;
using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Slack;

namespace ModelBot.LoadHarness.Tests.Bare;

/// <summary>The baselines must do the verification they stand for, or the comparison flatters them.</summary>
public sealed class BareEndpointTests : IAsyncLifetime
{
    private static readonly (string, string)[] Pairs = [("muse-spark", "gpt-5.4"), ("claude-opus-4.6", "gpt-5.4")];
    private readonly DiscordSigner _discord = new();
    private readonly SlackSigner _slack = SlackSigner.CreateRandom();
    private WebApplication? _app;
    private Uri _address = null!;

    public async ValueTask InitializeAsync()
    {
        _app = BareServer.Build(0, _discord.PublicKeyHex, _slack.SigningSecret);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _address = BareServer.Address(_app);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _discord.Dispose();
    }

    [Fact]
    public async Task Discord_SignedInteraction_AnsweredWithJson()
    {
        using var client = new HttpClient();
        var requests = new DiscordCompareRequests(Pairs, _discord, "1180000000000000001", DateTimeOffset.UtcNow);

        (await ReplyCheck.SendAsync(client, requests.Create(_address, 0), TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task Discord_SignedWithAnotherKey_Answers401()
    {
        using var client = new HttpClient();
        using var stranger = new DiscordSigner();
        var requests = new DiscordCompareRequests(Pairs, stranger, "1180000000000000001", DateTimeOffset.UtcNow);

        using var response = await client.SendAsync(requests.Create(_address, 0), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Slack_SignedCommand_AnsweredWithJson()
    {
        using var client = new HttpClient();
        var requests = new SlackCompareRequests(Pairs, _slack, TimeProvider.System);

        (await ReplyCheck.SendAsync(client, requests.Create(_address, 1), TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task Slack_WrongSecret_Answers401()
    {
        using var client = new HttpClient();
        var requests = new SlackCompareRequests(Pairs, SlackSigner.CreateRandom(), TimeProvider.System);

        using var response = await client.SendAsync(requests.Create(_address, 0), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Slack_StaleTimestamp_Answers401()
    {
        using var client = new HttpClient();
        var tenMinutesAgo = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
        var requests = new SlackCompareRequests(Pairs, _slack, tenMinutesAgo);

        using var response = await client.SendAsync(requests.Create(_address, 0), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
