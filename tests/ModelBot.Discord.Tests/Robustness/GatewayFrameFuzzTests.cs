using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using ModelBot.Discord.Tests.Gateway.Fakes;
using ModelBot.Fuzzing.Tests;

namespace ModelBot.Discord.Tests.Robustness;

/// <summary>
/// Random, non-JSON, wrongly shaped, deeply nested, truncated, binary and oversized frames fed to the gateway client
/// through the loopback fake gateway: each is logged and skipped, or the socket is replaced and the session resumed;
/// the shard never dies and the next real INTERACTION_CREATE still reaches the handler.
/// </summary>
public sealed class GatewayFrameFuzzTests : IAsyncLifetime
{
    /// <summary>
    /// Dispatches and acks as Discord sends them, without sequence numbers (a fuzzed "s" would desynchronise the resume
    /// bookkeeping the probes rely on; sequence handling has its own tests). No HELLO, READY, RECONNECT or INVALID
    /// SESSION: those steer the connection and are covered by the chaos and close-code tests.
    /// </summary>
    private static readonly string[] Payloads =
    [
        """{"op":0,"t":"INTERACTION_CREATE","d":""" + FakeDiscordGateway.Interaction("fuzz") + "}",
        """{"op":0,"t":"MESSAGE_CREATE","d":{"id":"1","content":"x","author":{"id":"2"}}}""",
        """{"op":0,"t":"RESUMED","d":null}""",
        """{"op":11}""",
        """{"op":1,"d":null}""",
        """{"op":42,"d":{"x":[1,2,3]}}""",
    ];

    private GatewayHarness _harness = null!;
    private FakeGatewaySession _session = null!;
    private int _probes;

    public async ValueTask InitializeAsync()
    {
        _harness = await GatewayHarness.StartAsync(
            TimeProvider.System,
            settings: new Dictionary<string, string?>
            {
                ["Discord:Gateway:ReconnectBaseDelay"] = "00:00:00.005",
                ["Discord:Gateway:ReconnectMaxDelay"] = "00:00:00.050",
            });
        var connection = await _harness.ReadyAsync();
        _session = connection.Session!;
    }

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    private static Gen<(byte[] Bytes, WebSocketMessageType Type)> Frame { get; } = Gen.OneOf(
        Gen.Byte.Array[0, 2048].Select(b => (b, WebSocketMessageType.Text)),
        Gen.Byte.Array[0, 2048].Select(b => (b, WebSocketMessageType.Binary)),
        Gen.String.Select(s => (Encoding.UTF8.GetBytes(s), WebSocketMessageType.Text)),
        WrongShapeJson.Of([.. Payloads.Select(p => JsonNode.Parse(p)!)]).Select(json => (Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text)),
        WrongShapeJson.Of([.. Payloads.Select(p => JsonNode.Parse(p)!)]).Select(json => (Encoding.UTF8.GetBytes(json.Replace("\"fuzz\"", "\"\\ud800\"", StringComparison.Ordinal)), WebSocketMessageType.Text)),
        Gen.Select(Gen.Int[0, Payloads.Length - 1], Gen.Double[0, 1]).Select((p, cut) => (Encoding.UTF8.GetBytes(Payloads[p][..(int)(Payloads[p].Length * cut)]), WebSocketMessageType.Text)),
        Gen.Int[1, 3].Select(n => (Encoding.UTF8.GetBytes(new string('[', (int)Math.Pow(10, n + 1)) + new string(']', (int)Math.Pow(10, n + 1))), WebSocketMessageType.Text)));

    [Fact]
    public async Task AnyFrames_LoggedNotFatal_NextInteractionStillHandled()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("MODELBOT_FUZZ_ITERATIONS"), out var n) && n / 25 > 40 ? n / 25 : 40;
        await Frame.Array[1, 25].SampleAsync(async frames =>
        {
            var connection = _harness.Gateway.Connections[^1];
            foreach (var (bytes, type) in frames)
            {
                await connection.SendRawAsync(bytes, type);
            }
            await ProbeAsync();
        }, iter: iterations, threads: 1);

        _harness.Shards.Shards.ShouldAllBe(shard => shard.Session.SessionId != null);
    }

    [Fact]
    public async Task OversizedNonJsonFrame_LoggedNotFatal_NextInteractionStillHandled()
    {
        await _harness.Gateway.Connections[^1].SendRawAsync(Encoding.UTF8.GetBytes(new string('x', 8 * 1024 * 1024)), WebSocketMessageType.Text);
        await ProbeAsync();
    }

    /// <summary>A real INTERACTION_CREATE is handled: on this socket, or replayed after the client resumed on a new one.</summary>
    private async Task ProbeAsync()
    {
        var id = $"probe-{++_probes}";
        await _session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction(id));
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        hang.CancelAfter(GatewayHarness.SignalTimeout);
        while (!_harness.Handler.Counts.ContainsKey(id))
        {
            // Waits on the handler; the bound only turns a lost interaction into a failure instead of a hang.
            await Task.Delay(10, hang.Token);
        }
    }
}
