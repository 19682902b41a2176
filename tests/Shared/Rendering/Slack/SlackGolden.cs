using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelBot.Slack.Payloads;

namespace ModelBot.Rendering.Tests;

/// <summary>Block Kit payloads as golden files hold them: the wire JSON, indented for review.</summary>
internal static class SlackGolden
{
    private static readonly SlackPayloadJsonContext Indented = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public static string Json(SlackMessage message) => JsonSerializer.Serialize(message, Indented.SlackMessage) + "\n";
}
