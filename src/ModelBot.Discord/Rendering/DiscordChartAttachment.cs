using ModelBot.Commands.Rendering;
using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Puts an answer's chart into its message: the first embed shows <c>attachment://chart.png</c> as its image, and the
/// message lists the file (id 0, the multipart part <c>files[0]</c>) with the chart's description as alt text.
/// </summary>
public static class DiscordChartAttachment
{
    /// <summary>The multipart part the chart goes in; its id in <see cref="DiscordMessage.Attachments"/>.</summary>
    public const int FileId = 0;

    /// <summary>Longest attachment description Discord takes.</summary>
    public const int MaxDescription = 1024;

    /// <summary><paramref name="message"/> showing <paramref name="chart"/>; unchanged when it has no embed to show it in.</summary>
    public static DiscordMessage Attach(DiscordMessage message, ChartImage chart)
    {
        if (message.Embeds is not { Count: > 0 } embeds)
        {
            return message;
        }
        var withImage = new Embed[embeds.Count];
        for (var i = 0; i < embeds.Count; i++)
        {
            withImage[i] = i == 0 ? embeds[i] with { Image = new EmbedImage("attachment://" + chart.FileName) } : embeds[i];
        }
        return message with
        {
            Embeds = withImage,
            Attachments = [new MessageAttachment(FileId, chart.FileName, TextFit.ToLength(chart.Description, MaxDescription))],
        };
    }
}
