using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Rendering;

/// <summary>
/// Lays out a neutral <see cref="Answer"/> as a Block Kit message: a header, the summary, the facts as section
/// fields, the first table as Slack's native table block (<see cref="SlackTableBlock"/>) and any other as preformatted
/// sections (leaders ★, disputed †), the notes, and the sources as a context block, with a plain <c>text</c> fallback. Dataset text holding <c>* _ ~ `</c> goes in plain_text or code blocks,
/// never in formatted mrkdwn. Long tables are paged (<see cref="PageCount"/>); what does not fit is counted visibly.
/// One block is left free for the adapter's paging buttons (<see cref="ReservedBlocks"/>). Never exceeds <see cref="SlackLimits"/>.
/// </summary>
public static class SlackMessageRenderer
{
    /// <summary>Table rows shown per page.</summary>
    public const int RowsPerPage = 25;

    /// <summary>Blocks left free for the adapter (an actions block of paging buttons).</summary>
    public const int ReservedBlocks = 1;

    private const int MaxBlocks = SlackLimits.Blocks - ReservedBlocks;
    private const int MaxFactSections = 3;
    private const int FactLabelRaw = 60;
    private const int FactValueRaw = 250;
    private const int SummaryRaw = 500;
    private const int NoteRaw = 600;
    private const int ContextElementRaw = 400;

    /// <summary>How many pages <paramref name="answer"/> takes; page buttons go from 0 to this − 1.</summary>
    public static int PageCount(Answer answer) => answer.Ok ? AnswerPages.Count(answer, RowsPerPage) : 1;

    /// <summary>The message for <paramref name="page"/> of <paramref name="answer"/> (clamped to the pages it has).</summary>
    public static SlackMessage Render(Answer answer, int page = 0)
    {
        if (!answer.Ok)
        {
            return RenderError(answer);
        }
        var pageCount = PageCount(answer);
        page = AnswerPages.Clamp(page, pageCount);
        var blocks = new List<Block>(8) { Header(answer.Title) };
        if (page == 0)
        {
            if (!string.IsNullOrWhiteSpace(answer.Summary))
            {
                blocks.Add(new SectionBlock { Text = SlackSummary.Text(TextFit.ToLength(answer.Summary, SummaryRaw)) });
            }
            AddFacts(blocks, answer.Facts);
        }

        var notes = page == 0 ? NotesSection(answer.Notes) : null;
        var tailBlocks = (notes is null ? 0 : 1) + 2;
        var tables = new SlackTableSections(blocks, MaxBlocks - tailBlocks);
        bool tableBlockUsed = false, leaderShown = false, disputedShown = false;
        foreach (var table in answer.Tables)
        {
            // One native table per message: the first table with rows on this page; the others stay preformatted.
            if (!tableBlockUsed && SlackTableBlock.HasRows(table, page, RowsPerPage) && blocks.Count + SlackTableBlock.BlocksNeeded <= MaxBlocks - tailBlocks)
            {
                var (leader, disputed) = SlackTableBlock.Append(blocks, table, page, RowsPerPage);
                leaderShown |= leader;
                disputedShown |= disputed;
                tableBlockUsed = true;
                continue;
            }
            tables.Append(table, page, RowsPerPage);
        }
        tables.Finish();
        leaderShown |= tables.LeaderShown;
        disputedShown |= tables.DisputedShown;
        if (notes is not null)
        {
            blocks.Add(notes);
        }
        var context = Context(answer.Sources, page, pageCount, leaderShown, disputedShown);
        if (context is not null)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(context);
        }
        return new SlackMessage
        {
            Text = SlackFallbackText.For(answer),
            Blocks = blocks,
            ResponseType = answer.Ephemeral ? ResponseTypes.Ephemeral : ResponseTypes.InChannel,
        };
    }

    private static SlackMessage RenderError(Answer answer)
    {
        var blocks = new List<Block>(4)
        {
            Header(string.IsNullOrWhiteSpace(answer.Title) ? "Sorry, I can't answer that" : answer.Title),
            new SectionBlock { Text = SlackSummary.Text(TextFit.ToLength(answer.Error ?? "The request could not be answered.", SummaryRaw)) },
        };
        if (answer.Suggestions.Count > 0)
        {
            blocks.Add(new SectionBlock { Text = TextObject.Mrkdwn(SuggestionList(answer.Suggestions)) });
        }
        if (NotesSection(answer.Notes) is { } notes)
        {
            blocks.Add(notes);
        }
        return new SlackMessage
        {
            Text = SlackFallbackText.For(answer),
            Blocks = blocks,
            ResponseType = ResponseTypes.Ephemeral,
        };
    }

    private static HeaderBlock Header(string title)
    {
        var text = TextFit.ToLength(TextFit.SingleLine(title).Trim(), SlackLimits.HeaderText);
        return new HeaderBlock(TextObject.Plain(text.Length == 0 ? "ModelBot" : text));
    }

    private static string SuggestionList(IReadOnlyList<string> suggestions)
    {
        var builder = new StringBuilder(128).Append("*Did you mean:* ");
        for (var i = 0; i < suggestions.Count; i++)
        {
            var before = builder.Length;
            builder.Append(i == 0 ? "`" : ", `");
            SlackMrkdwn.AppendEscaped(builder, TextFit.ToLength(TextFit.SingleLine(suggestions[i]), 60).Replace('`', 'ˋ')).Append('`');
            if (builder.Length > SlackLimits.SectionText - 40)
            {
                builder.Length = before;
                builder.Append(" … ").Append(suggestions.Count - i).Append(" more");
                break;
            }
        }
        return builder.ToString();
    }

    private static void AddFacts(List<Block> blocks, IReadOnlyList<AnswerFact> facts)
    {
        var max = Math.Min(facts.Count, MaxFactSections * SlackLimits.SectionFields);
        for (var start = 0; start < max; start += SlackLimits.SectionFields)
        {
            var end = Math.Min(max, start + SlackLimits.SectionFields);
            var fields = new TextObject[end - start];
            for (var i = start; i < end; i++)
            {
                fields[i - start] = i == max - 1 && max < facts.Count
                    ? TextObject.Plain("… " + AnswerPhrases.MoreFacts(facts.Count - i))
                    : Fact(facts[i]);
            }
            blocks.Add(new SectionBlock { Fields = fields });
        }
    }

    private static TextObject Fact(AnswerFact fact)
    {
        var label = TextFit.ToLength(TextFit.SingleLine(fact.Label), FactLabelRaw);
        var value = TextFit.ToLength(fact.Value, FactValueRaw);
        var builder = new StringBuilder(label.Length + value.Length + 16);
        var mrkdwn = SlackMrkdwn.IsInert(label) && SlackMrkdwn.IsInert(value);
        if (mrkdwn)
        {
            SlackMrkdwn.AppendEscaped(builder.Append('*'), label).Append("*\n");
            SlackMrkdwn.AppendEscaped(builder, value.Length == 0 ? "—" : value);
        }
        else
        {
            builder.Append(label).Append('\n').Append(value.Length == 0 ? "—" : value);
        }
        for (var i = 0; i < fact.SourceRefs.Count && i < 8; i++)
        {
            builder.Append(i == 0 ? " [" : ",").Append(fact.SourceRefs[i]);
        }
        if (fact.SourceRefs.Count > 0)
        {
            builder.Append(']');
        }
        return mrkdwn ? TextObject.Mrkdwn(builder.ToString()) : TextObject.Plain(builder.ToString());
    }

    private static SectionBlock? NotesSection(IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return null;
        }
        var mrkdwn = true;
        foreach (var note in notes)
        {
            mrkdwn &= SlackMrkdwn.IsInert(note);
        }
        var builder = StringBuilderCache.Acquire(SlackLimits.SectionText).Append(mrkdwn ? "*Notes*" : "Notes");
        for (var i = 0; i < notes.Count; i++)
        {
            var before = builder.Length;
            builder.Append("\n• ");
            var note = TextFit.ToLength(notes[i], NoteRaw);
            if (mrkdwn)
            {
                SlackMrkdwn.AppendEscaped(builder, note);
            }
            else
            {
                builder.Append(note);
            }
            if (builder.Length > SlackLimits.SectionText - 40)
            {
                builder.Length = before;
                var left = notes.Count - i;
                builder.Append('\n').Append(AnswerPhrases.MoreNotes(left));
                break;
            }
        }
        var text = StringBuilderCache.ToStringAndRelease(builder);
        return new SectionBlock { Text = mrkdwn ? TextObject.Mrkdwn(text) : TextObject.Plain(text) };
    }

    private static ContextBlock? Context(IReadOnlyList<SourceNote> sources, int page, int pageCount, bool leaderShown, bool disputedShown)
    {
        var elements = new List<TextObject>(Math.Min(SlackLimits.ContextElements, sources.Count + 1));
        var legend = StringBuilderCache.Acquire(48);
        if (pageCount > 1)
        {
            legend.Append(AnswerPhrases.Page(page, pageCount));
        }
        AnswerPhrases.AppendLegend(legend, 0, leaderShown, disputedShown);
        if (legend.Length > 0)
        {
            elements.Add(TextObject.Plain(legend.ToString()));
        }
        // Given back before the footnotes below take the thread's builder in turn.
        StringBuilderCache.Release(legend);
        var room = SlackLimits.ContextElements - elements.Count;
        for (var i = 0; i < sources.Count; i++)
        {
            if (i == room - 1 && sources.Count > room)
            {
                elements.Add(TextObject.Plain(AnswerPhrases.MoreSources(sources.Count - i)));
                break;
            }
            elements.Add(TextObject.Plain(TextFit.ToLength(SourceFootnote.Format(sources[i]), ContextElementRaw)));
        }
        return elements.Count == 0 ? null : new ContextBlock(elements);
    }
}
