using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelBot.Slack.Events;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Events;

/// <summary>Redis down: the bot starts anyway and an acknowledged event is still claimed (in this process) and answered.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task AddSlack_RedisDownAtStartAndWhileClaiming_ClaimsInMemoryLoggedOnce()
    {
        var logs = new LogSink();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Signing.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Redis:Configuration"] = $"127.0.0.1:{ClosedPort()},connectTimeout=500",
        }).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs));
        services.AddSlack(configuration);
        await using var provider = services.BuildServiceProvider();

        // Today: RedisConnectionException (abortConnect=true) here, so the host could not start.
        var deduplicator = provider.GetRequiredService<IEventDeduplicator>();
        var first = await deduplicator.TryClaimAsync("Ev1", TestTimeout.Token()).AsTask().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var retry = await deduplicator.TryClaimAsync("Ev1", TestTimeout.Token()).AsTask().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var other = await deduplicator.TryClaimAsync("Ev2", TestTimeout.Token()).AsTask().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        first.ShouldBeTrue("an acknowledged event must not be dropped because Redis is down");
        retry.ShouldBeFalse();
        other.ShouldBeTrue();
        logs.Entries.Count(e => e.EventId == 6025).ShouldBe(1);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
