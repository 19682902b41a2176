using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelBot.Slack.Payloads;

/// <summary>
/// Source-generated JSON for Block Kit payloads: snake_case names, nulls omitted, blocks typed by their
/// <c>type</c> property. Use <see cref="Wire"/> to write payloads: it leaves non-ASCII text unescaped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(SlackMessage))]
public sealed partial class SlackPayloadJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire and in golden files; its options are read-only.</summary>
    public static SlackPayloadJsonContext Wire { get; } = CreateWire();

    private static SlackPayloadJsonContext CreateWire()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowOutOfOrderMetadataProperties = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var context = new SlackPayloadJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
