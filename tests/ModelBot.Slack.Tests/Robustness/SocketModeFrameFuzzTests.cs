using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Fuzzing.Tests;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Robustness;

/// <summary>
/// Random, non-JSON, wrongly shaped, deeply nested, truncated, binary and oversized frames fed to the Socket Mode
/// client through the loopback fake: each is logged and skipped (or, past the 4 MB frame limit, the socket is
/// replaced); the client never dies and the next real envelope is acknowledged.
/// </summary>
public class SocketModeFrameFuzzTests : IAsyncLifetime
{
    private static readonly string[] Envelopes =
    [
        SocketEnvelopes.EventsApi("env-a", EventBodies.AppMention("EvA", "<@UBOT> arc-agi-2")),
        SocketEnvelopes.SlashCommand("env-b", "/compare", "muse-spark gpt-5.4", "http://127.0.0.1:9/hook"),
        SocketEnvelopes.Interactive("env-c", """{"type":"block_actions","user":{"id":"U1"},"response_url":"http://127.0.0.1:9/hook","actions":[{"action_id":"modelbot_sources","value":"{\"command\":\"model\",\"text\":\"muse-spark\",\"page\":0}"}]}"""),
        """{"type":"hello","num_connections":1}""",
    ];

    private FakeSlackServer _slack = null!;
    private SlackAppHost _host = null!;
    private FakeSocketSession _session = null!;
    private int _probes;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(_slack));
        _session = await ConnectedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SocketModeClient Client => _host.App.Services.GetRequiredService<SocketModeClient>();

    private static Gen<(string Kind, byte[] Bytes, WebSocketMessageType Type)> Frame { get; } = Gen.OneOf(
        Gen.Byte.Array[0, 2048].Select(b => ("random bytes in a text frame", b, WebSocketMessageType.Text)),
        Gen.Byte.Array[0, 2048].Select(b => ("random binary frame", b, WebSocketMessageType.Binary)),
        Gen.String.Select(s => ("random text", Encoding.UTF8.GetBytes(s), WebSocketMessageType.Text)),
        WrongShapeJson.Of([.. Envelopes.Select(e => JsonNode.Parse(e)!)]).Select(json => ("wrong-shape envelope", Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text)),
        Gen.Select(Gen.Int[0, Envelopes.Length - 1], Gen.Double[0, 1]).Select((e, cut) => ("truncated envelope", Encoding.UTF8.GetBytes(Envelopes[e][..(int)(Envelopes[e].Length * cut)]), WebSocketMessageType.Text)),
        Gen.Int[1, 3].Select(n => ("deeply nested", Encoding.UTF8.GetBytes(new string('[', (int)Math.Pow(10, n + 1)) + new string(']', (int)Math.Pow(10, n + 1))), WebSocketMessageType.Text)),
        Gen.Int[0, 3].Select(n => ("unknown or partial frame", Encoding.UTF8.GetBytes(new[] { """{"type":"something_new"}""", """{"type":null}""", """{"type":"events_api","payload":[]}""", "[]" }[n]), WebSocketMessageType.Text)));

    [Fact]
    public async Task AnyFrames_LoggedNotFatal_NextEnvelopeStillAcknowledged()
    {
        var iterations = Math.Max(1, FuzzIterations(40));
        await Frame.Array[1, 25].SampleAsync(async frames =>
        {
            foreach (var (_, bytes, type) in frames)
            {
                await SendAsync(bytes, type);
            }
            await ProbeAsync();
        }, iter: iterations, threads: 1);

        Client.ExecuteTask!.IsCompleted.ShouldBeFalse("the Socket Mode client stopped");
        // Every ack and answer started by the barrage finishes; none waits forever on a replaced socket.
        await _host.Background.WhenIdleAsync(TestTimeout.Token());
    }

    [Fact]
    public async Task OversizedFrames_UnderTheLimitSkippedOverItReconnected_ClientKeepsAnswering()
    {
        await SendAsync(Encoding.UTF8.GetBytes(new string('x', 3 * 1024 * 1024)), WebSocketMessageType.Text);
        await ProbeAsync();
        var opened = _slack.History("apps.connections.open").Count;

        await SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"events_api\",\"x\":\"" + new string('x', 5 * 1024 * 1024) + "\"}"), WebSocketMessageType.Text);
        await ProbeAsync();

        _slack.History("apps.connections.open").Count.ShouldBe(opened + 1, "a frame over 4 MB replaces the socket");
        Client.ExecuteTask!.IsCompleted.ShouldBeFalse("the Socket Mode client stopped");
    }

    private static int FuzzIterations(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("MODELBOT_FUZZ_ITERATIONS"), out var n) && n / 25 > defaultCount ? n / 25 : defaultCount;

    private async Task<FakeSocketSession> ConnectedAsync()
    {
        var session = await _slack.NextSocketAsync(TestTimeout.Token());
        await session.HelloAsync();
        return session;
    }

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        try
        {
            await (type == WebSocketMessageType.Binary ? _session.SendBinaryAsync(bytes) : _session.SendRawTextAsync(bytes));
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
            // The client closed this socket (e.g. invalid UTF-8 in a text frame): the probe moves to the next one.
        }
    }

    /// <summary>A real envelope is acknowledged, on this socket or, if the client replaced it, on the next.</summary>
    private async Task ProbeAsync()
    {
        var id = $"probe-{++_probes}";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await SendAsync(Encoding.UTF8.GetBytes(SocketEnvelopes.EventsApi(id, EventBodies.AppMention("Ev" + id, "<@UBOT> arc-agi-2"))), WebSocketMessageType.Text);
            while (await _session.ReceiveAsync(TestTimeout.Token()) is { } text)
            {
                using var ack = JsonDocument.Parse(text);
                if (ack.RootElement.GetProperty("envelope_id").GetString() == id)
                {
                    return;
                }
            }
            // The socket closed: the client must open a new one.
            _session = await ConnectedAsync();
        }
        Assert.Fail($"{id} was never acknowledged");
    }
}
