using System.Text.Json;
using ModelBot.Commands.Answers;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Host.Formats;

/// <summary>The <c>slack</c> format: exactly the Block Kit payload sent to Slack (first page), compact.</summary>
public sealed class SlackAnswerFormatter : IAnswerFormatter
{
    /// <inheritdoc />
    public AnswerFormat Format => AnswerFormat.Slack;

    /// <inheritdoc />
    public bool IsJson => true;

    /// <inheritdoc />
    public string Write(Answer answer) =>
        JsonSerializer.Serialize(SlackMessageRenderer.Render(answer), SlackPayloadJsonContext.Wire.SlackMessage);
}
