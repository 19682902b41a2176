using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Events;
using ModelBot.Slack.Interactivity;

namespace ModelBot.Slack.SocketMode;

/// <summary>Source-generated JSON for Socket Mode frames, acks and envelope payloads (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SocketModeFrame))]
[JsonSerializable(typeof(SocketModeAck))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(BlockActionsPayload))]
public sealed partial class SocketModeJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire: leaves non-ASCII text unescaped.</summary>
    public static SocketModeJsonContext Wire { get; } = CreateWire();

    private static SocketModeJsonContext CreateWire()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var context = new SocketModeJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
