using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Charts;

/// <summary>
/// Adds an answer's chart once its text is on Discord: edits <c>@original</c> through the interaction's webhook with a
/// <c>multipart/form-data</c> body (<c>payload_json</c>: the same message with the embed image
/// <c>attachment://chart.png</c> and the file listed; <c>files[0]</c>: the PNG), through the REST client and its rate
/// limiter. Discord takes no multipart reply on the HTTP interactions endpoint, hence the edit; the same edit serves the
/// Gateway. A chart that cannot be drawn or sent is logged; the text stays as it was.
/// </summary>
public sealed class DiscordChartFollowOn(IAnswerChart charts, DiscordRestClient rest, CommandCatalog catalog, ILogger<DiscordChartFollowOn> logger)
    : IAnswerFollowOn<DiscordReplyTarget>
{
    /// <inheritdoc />
    public async ValueTask RunAsync(DeliveredAnswer<DiscordReplyTarget> delivered, CancellationToken cancellationToken)
    {
        if (!charts.Enabled)
        {
            return;
        }

        var answer = await delivered.GetAnswerAsync(cancellationToken);
        if (!answer.Ok || charts.Draw(answer) is not { } chart)
        {
            return;
        }
        var request = delivered.Request;
        var message = request.Command is { } name && catalog.Find(name) is { } command
            ? InteractionProcessor.RenderPage(answer, 0, command, request.Options)
            : DiscordMessageRenderer.Render(answer);
        var withChart = DiscordChartAttachment.Attach(message, chart);
        var response = await rest.SendAsync(
            new DiscordRestRequest
            {
                Method = HttpMethod.Patch,
                Path = delivered.Target.OriginalPath,
                UseBotToken = false,
                JsonBody = JsonSerializer.SerializeToUtf8Bytes(withChart, DiscordPayloadJsonContext.Wire.DiscordMessage),
                Files = [new RestFile(chart.FileName, ChartImage.ContentType, chart.Png)],
            },
            cancellationToken);
        if (!response.IsSuccess)
        {
            ChartLog.NotAttached(logger, delivered.Target.InteractionId, response.Error ?? $"HTTP {response.StatusCode}");
        }
    }
}
