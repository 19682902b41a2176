using System.Text.Json;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Options;
using ModelBot.Slack.Payloads;

namespace ModelBot.Host.Formats;

/// <summary>
/// The <c>slack</c> format: exactly the Block Kit message Slack receives for the request (first page), compact: the
/// configured <c>response_type</c>, the blocks (a native table for the main table) and the paging and Sources buttons.
/// A chart is not part of the message: Slack receives it as a separate file upload into the same thread.
/// </summary>
public sealed class SlackAnswerFormatter(IConfiguration configuration) : IAnswerFormatter
{
    private readonly SlackAnswerComposer _composer = new(Options.Create(configuration.GetSection("Slack").Get<SlackOptions>() ?? new SlackOptions()));

    /// <inheritdoc />
    public AnswerFormat Format => AnswerFormat.Slack;

    /// <inheritdoc />
    public bool IsJson => true;

    /// <inheritdoc />
    public string Write(Answer answer) => Write(answer, answer.Title);

    /// <inheritdoc />
    public string Write(Answer answer, string request) =>
        JsonSerializer.Serialize(_composer.Compose(answer, new ButtonState(null, request, 0)), SlackPayloadJsonContext.Wire.SlackMessage);
}
