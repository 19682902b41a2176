using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelBot.LoadHarness.Bare;
using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Slack;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

/// <summary>The raw load client against in-process Kestrel: every request reaches the server exactly once and is judged.</summary>
public sealed class RawLoadClientTests
{
    private static readonly (string, string)[] Pairs = [("muse-spark", "gpt-5.4"), ("claude-opus-4.6", "gpt-5.4"), ("gpt-5.4", "gemini-3-pro")];

    [Theory]
    [InlineData("length")]
    [InlineData("chunked")]
    [InlineData("close-every-7th")]
    public async Task Run_CountedRequests_EachReachesTheServerOnceAndIsAnswered(string framing)
    {
        var cancel = TestContext.Current.CancellationToken;
        var seen = 0;
        var reply = """{"response_type":"in_channel","text":"ok"}"""u8.ToArray();
        await using var app = CountingServer(async context =>
        {
            var number = Interlocked.Increment(ref seen);
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            context.Response.ContentType = "application/json";
            if (framing == "close-every-7th" && number % 7 == 0)
            {
                context.Response.Headers.Connection = "close";
            }
            if (framing == "chunked")
            {
                // No length and two flushes: Kestrel sends Transfer-Encoding: chunked.
                await context.Response.Body.WriteAsync(reply.AsMemory(0, 10), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await context.Response.Body.WriteAsync(reply.AsMemory(10), context.RequestAborted);
                return;
            }
            context.Response.ContentLength = reply.Length;
            await context.Response.Body.WriteAsync(reply, context.RequestAborted);
        });
        await app.StartAsync(cancel);
        using var client = new RawLoadClient(BareServer.Address(app), concurrency: 8);

        var run = await client.RunAsync(new SlackCompareRequests(Pairs, SlackSigner.CreateRandom(), TimeProvider.System), 300, TimeSpan.FromMinutes(1), cancel);

        run.Answered.ShouldBe(300);
        run.Failed.ShouldBe(0);
        seen.ShouldBe(300);
        run.P99.ShouldBeGreaterThanOrEqualTo(run.P50);
        // At most one connection per worker, plus one after each close (but the worker's last) when the server closes.
        var closes = framing == "close-every-7th" ? 300 / 7 : 0;
        client.Connects.ShouldBeInRange(Math.Max(1, closes - 8 + 1), 8 + closes);
    }

    [Fact]
    public async Task Run_ServerAnswers401_EveryRequestFailed()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var app = CountingServer(context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        });
        await app.StartAsync(cancel);
        using var client = new RawLoadClient(BareServer.Address(app), concurrency: 4);

        var run = await client.RunAsync(new SlackCompareRequests(Pairs, SlackSigner.CreateRandom(), TimeProvider.System), 40, TimeSpan.FromMinutes(1), cancel);

        run.Answered.ShouldBe(0);
        run.Failed.ShouldBe(40);
    }

    [Fact]
    public async Task Run_PreparedRequests_PassTheBareVerifiersOfBothPlatforms()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var discord = new DiscordSigner();
        var slack = SlackSigner.CreateRandom();
        await using var app = BareServer.Build(0, discord.PublicKeyHex, slack.SigningSecret);
        await app.StartAsync(cancel);
        using var client = new RawLoadClient(BareServer.Address(app), concurrency: 4);

        IRequestFactory[] scenarios = [new DiscordCompareRequests(Pairs, discord, "1180000000000000001", DateTimeOffset.UtcNow), new SlackCompareRequests(Pairs, slack, TimeProvider.System)];
        foreach (var requests in scenarios)
        {
            var run = await client.RunAsync(requests, 100, TimeSpan.FromMinutes(1), cancel);
            run.Answered.ShouldBe(100, requests.Route);
            run.Failed.ShouldBe(0);
        }
        client.Connects.ShouldBeLessThanOrEqualTo(4); // both scenarios over the same keep-alive connections
    }

    [Fact]
    public async Task Run_Cancelled_StopsAndThrows()
    {
        await using var app = CountingServer(async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new RawLoadClient(BareServer.Address(app), concurrency: 2);
        using var cancel = new CancellationTokenSource();

        var run = client.RunAsync(new SlackCompareRequests(Pairs, SlackSigner.CreateRandom(), TimeProvider.System), 10, TimeSpan.FromMinutes(1), cancel.Token);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(run);
    }

    private static WebApplication CountingServer(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost(SlackCompareRequests.Path, handler);
        return app;
    }
}
