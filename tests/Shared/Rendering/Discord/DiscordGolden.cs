using System.Text.Json;
using ModelBot.Discord.Payloads;

namespace ModelBot.Rendering.Tests;

/// <summary>Discord payloads as golden files hold them: the wire JSON, indented for review.</summary>
internal static class DiscordGolden
{
    // The wire options themselves, indented: a golden file cannot drift from what is sent.
    private static readonly DiscordPayloadJsonContext Indented = new(new JsonSerializerOptions(DiscordPayloadJsonContext.Wire.Options) { TypeInfoResolver = null, WriteIndented = true });

    public static string Json(DiscordMessage message) => JsonSerializer.Serialize(message, Indented.DiscordMessage) + "\n";
}
