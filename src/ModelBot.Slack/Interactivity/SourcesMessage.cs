using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Slack.Interactivity;

/// <summary>
/// The ephemeral reply to the Sources button: every source of an answer with its full provenance (title,
/// publisher, date, dataset id and locator), in plain text so dataset text is never read as formatting.
/// </summary>
public static class SourcesMessage
{
    private const int SectionBudget = SlackLimits.SectionText - 200;

    /// <summary>The message listing <paramref name="answer"/>'s sources; within every Block Kit limit.</summary>
    public static SlackMessage Build(Answer answer)
    {
        var title = answer.Title.Length > 0 ? answer.Title : "ModelBot";
        var header = TextOf($"Sources: {title}", SlackLimits.HeaderText);
        var blocks = new List<Block>(8) { new HeaderBlock(TextObject.Plain(header)) };
        var fallback = new StringBuilder(256).Append(header);
        if (answer.Sources.Count == 0)
        {
            blocks.Add(new SectionBlock { Text = TextObject.Plain("This answer cites no sources.") });
            fallback.Append("\nThis answer cites no sources.");
        }
        var section = new StringBuilder(SlackLimits.SectionText);
        for (var i = 0; i < answer.Sources.Count; i++)
        {
            var entry = Entry(answer.Sources[i]);
            fallback.Append('\n').Append(entry);
            if (section.Length > 0 && section.Length + entry.Length + 2 > SectionBudget)
            {
                if (blocks.Count == SlackLimits.Blocks - 1)
                {
                    section.Clear().Append(AnswerPhrases.MoreSources(answer.Sources.Count - i));
                    break;
                }
                blocks.Add(new SectionBlock { Text = TextObject.Plain(section.ToString()) });
                section.Clear();
            }
            section.Append(section.Length > 0 ? "\n\n" : "").Append(entry);
        }
        if (section.Length > 0)
        {
            blocks.Add(new SectionBlock { Text = TextObject.Plain(section.ToString()) });
        }
        return new SlackMessage
        {
            Text = TextOf(fallback.ToString(), SlackLimits.TextFallback),
            Blocks = blocks,
            ResponseType = ResponseTypes.Ephemeral,
            ReplaceOriginal = false,
        };
    }

    private static string Entry(SourceNote source)
    {
        var builder = new StringBuilder(256).Append('[').Append(source.Number).Append("] ").Append(source.Title);
        builder.Append(" — ").Append(source.Publisher);
        if (!string.IsNullOrWhiteSpace(source.Date))
        {
            builder.Append(", ").Append(source.Date);
        }
        builder.Append("\nid: ").Append(source.Id).Append(" · where: ").Append(source.Locator);
        return TextOf(builder.ToString(), SectionBudget);
    }

    private static string TextOf(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
