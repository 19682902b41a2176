using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

/// <summary>The raw client's event loop: every numbered request ends exactly once, answered, failed or timed out.</summary>
public sealed class EventLoopTests
{
    private const string Json = """{"text":"ok"}""";
    private static readonly string Ok = $"HTTP/1.1 200 OK\r\nContent-Length: {Json.Length}\r\n\r\n{Json}";

    [Fact]
    public async Task Run_OneRequestNeverAnswered_ItTimesOutAndTheRestAreAnswered()
    {
        // Request 3 is never answered; its worker reconnects for the next one.
        await using var server = new ScriptedServer(n => n == 3 ? ([], false) : (ScriptedServer.Split(Ok, 7, 30), false));
        var endPoint = RawConnection.EndPointOf(server.Address);
        var connections = Enumerable.Range(0, 3).Select(_ => new RawConnection(endPoint)).ToArray();
        var next = -1;
        var failed = 0;
        var loop = new EventLoop(connections, new OneRequest(), () => Interlocked.Increment(ref next) is var i && i < 30 ? i : -1, () => failed++, TimeSpan.FromMilliseconds(300));

        var latencies = loop.Run(TestContext.Current.CancellationToken);

        latencies.Count.ShouldBe(30);
        failed.ShouldBe(1);
        server.Requests.ShouldBe(30);
        // Keep-alive otherwise; the timed-out worker reconnects only if requests are left when its wait ends.
        connections.Sum(c => c.Connects).ShouldBeInRange(3, 4);
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }

    private sealed class OneRequest : IRawRequests
    {
        private static readonly byte[] Bytes = "POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}"u8.ToArray();

        public ReadOnlyMemory<byte> Get(int index) => Bytes;
    }
}
