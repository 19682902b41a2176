using System.Text.Json;
using ModelBot.Slack.Payloads;

namespace ModelBot.Rendering.Tests;

/// <summary>Block Kit payloads as golden files hold them: the wire JSON, indented for review.</summary>
internal static class SlackGolden
{
    // The wire options themselves, indented: a golden file cannot drift from what is sent.
    private static readonly SlackPayloadJsonContext Indented = new(new JsonSerializerOptions(SlackPayloadJsonContext.Wire.Options) { TypeInfoResolver = null, WriteIndented = true });

    public static string Json(SlackMessage message) => JsonSerializer.Serialize(message, Indented.SlackMessage) + "\n";
}
