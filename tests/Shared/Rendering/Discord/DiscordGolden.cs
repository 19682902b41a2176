using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelBot.Discord.Payloads;

namespace ModelBot.Rendering.Tests;

/// <summary>Discord payloads as golden files hold them: the wire JSON, indented for review.</summary>
internal static class DiscordGolden
{
    private static readonly DiscordPayloadJsonContext Indented = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public static string Json(DiscordMessage message) => JsonSerializer.Serialize(message, Indented.DiscordMessage) + "\n";
}
