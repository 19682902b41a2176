using System.Text.Json;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Rendering;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;

namespace ModelBot.Host.Formats;

/// <summary>
/// The <c>discord</c> format: exactly the message Discord shows for the request typed into <c>/ask</c> (first page),
/// compact: the embed, the paging and Sources buttons, and, when the answer has a chart, the embed image
/// <c>attachment://chart.png</c> with the file listed under <c>attachments</c> — the <c>payload_json</c> of the
/// multipart edit that adds the chart.
/// </summary>
public sealed class DiscordAnswerFormatter(CommandCatalog catalog, IAnswerChart charts) : IAnswerFormatter
{
    /// <inheritdoc />
    public AnswerFormat Format => AnswerFormat.Discord;

    /// <inheritdoc />
    public bool IsJson => true;

    /// <inheritdoc />
    public string Write(Answer answer) => Write(answer, answer.Title);

    /// <inheritdoc />
    public string Write(Answer answer, string request)
    {
        var message = catalog.Find(CommandNames.Ask) is { } ask
            ? InteractionProcessor.RenderPage(answer, 0, ask, new Dictionary<string, string>(StringComparer.Ordinal) { ["question"] = request })
            : DiscordMessageRenderer.Render(answer);
        if (charts.Draw(answer) is { } chart)
        {
            message = DiscordChartAttachment.Attach(message, chart);
        }
        return JsonSerializer.Serialize(message, DiscordPayloadJsonContext.Wire.DiscordMessage);
    }
}
