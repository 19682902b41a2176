using System.Text.Json;
using ModelBot.Commands.Answers;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;

namespace ModelBot.Host.Formats;

/// <summary>The <c>discord</c> format: exactly the message payload sent to Discord (first page), compact.</summary>
public sealed class DiscordAnswerFormatter : IAnswerFormatter
{
    /// <inheritdoc />
    public AnswerFormat Format => AnswerFormat.Discord;

    /// <inheritdoc />
    public bool IsJson => true;

    /// <inheritdoc />
    public string Write(Answer answer) =>
        JsonSerializer.Serialize(DiscordMessageRenderer.Render(answer), DiscordPayloadJsonContext.Wire.DiscordMessage);
}
