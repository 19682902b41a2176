using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>
/// Source-generated JSON for interactions and their responses: snake_case, nulls omitted, enums as numbers, non-ASCII
/// text unescaped (as the message payloads). Use <see cref="Wire"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(DeferredMessageResponse))]
[JsonSerializable(typeof(AutocompleteResponse))]
public sealed partial class InteractionJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire and in golden files.</summary>
    public static InteractionJsonContext Wire { get; } = CreateWire();

    private static InteractionJsonContext CreateWire()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var context = new InteractionJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
