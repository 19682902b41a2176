using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelBot.Discord.Payloads;

/// <summary>
/// Source-generated JSON for Discord message payloads: snake_case names, nulls omitted, enums as numbers.
/// Use <see cref="Wire"/> to write payloads: it also leaves non-ASCII text (★, names in any script) unescaped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DiscordMessage))]
public sealed partial class DiscordPayloadJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire and in golden files; its options are read-only.</summary>
    public static DiscordPayloadJsonContext Wire { get; } = CreateWire();

    private static DiscordPayloadJsonContext CreateWire()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var context = new DiscordPayloadJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
