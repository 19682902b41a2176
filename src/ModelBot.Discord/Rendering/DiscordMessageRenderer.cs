using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Lays out a neutral <see cref="Answer"/> as a Discord message that reads on a phone: one embed whose description
/// holds the summary and each table as an aligned code block no wider than a phone shows (otherwise a list; leaders
/// marked ★, disputed figures †), a comparison as a field per benchmark when they fit, the facts as inline fields, the
/// notes as a field and the sources as footnote lines in the footer. Long tables are paged (<see cref="PageCount"/>); what
/// does not fit is counted visibly. Errors become a red, ephemeral embed with suggestions. Never computes, never
/// exceeds <see cref="DiscordLimits"/>.
/// </summary>
public static class DiscordMessageRenderer
{
    /// <summary>Table rows shown per page.</summary>
    public const int RowsPerPage = 20;

    private const int TitleRaw = 120;
    private const int SummaryRaw = 700;
    private const int FactLabelRaw = 100;
    private const int FactValueRaw = 200;
    private const int MaxFactFields = DiscordLimits.EmbedFields - 1;
    private const int FactsBudget = 1200;
    private const int MoreFactsReserve = 32;

    /// <summary>Longer fact values get a full-width field rather than sitting in a column.</summary>
    private const int MaxInlineValue = 48;
    private const int NoteRaw = 300;
    private const int FooterBudget = 900;

    /// <summary>Characters kept for the description (summary, captions) when a comparison takes fields.</summary>
    private const int MinDescriptionReserve = SummaryRaw + 400;

    /// <summary>Room for a full description, so the reused builder never grows.</summary>
    private const int DescriptionCapacity = DiscordLimits.EmbedDescription + 256;

    /// <summary>How many pages <paramref name="answer"/> takes; page buttons go from 0 to this − 1.</summary>
    public static int PageCount(Answer answer) => answer.Ok ? AnswerPages.Count(answer, RowsPerPage) : 1;

    /// <summary>The message for <paramref name="page"/> of <paramref name="answer"/> (clamped to the pages it has).</summary>
    public static DiscordMessage Render(Answer answer, int page = 0)
    {
        if (!answer.Ok)
        {
            return RenderError(answer);
        }
        var pageCount = PageCount(answer);
        page = AnswerPages.Clamp(page, pageCount);

        var title = EscapedLine(answer.Title, TitleRaw);
        var fields = new List<EmbedField>(Math.Min(answer.Facts.Count, MaxFactFields) + 1);
        var used = title.Length;
        EmbedField? notes = null;
        if (page == 0)
        {
            used += AddFacts(fields, answer.Facts);
            notes = NotesField(answer.Notes);
            used += notes is null ? 0 : notes.Name.Length + notes.Value.Length;
        }

        var footerReserve = Math.Min(FooterBudget, EstimateFooter(answer));
        bool leaderShown = false, disputedShown = false;
        // A comparison reads on a phone as a field per benchmark; it takes those fields when its whole page fits them.
        var fieldsTable = FieldsTable(answer, page);
        List<EmbedField>? tableFields = null;
        if (fieldsTable is not null)
        {
            var roomForFields = DiscordLimits.EmbedFields - fields.Count - (notes is null ? 0 : 1);
            var roomForCharacters = DiscordLimits.EmbedTotal - used - footerReserve - MinDescriptionReserve;
            tableFields = DiscordTableFields.Build(fieldsTable, page, RowsPerPage, roomForFields, roomForCharacters, ref leaderShown, ref disputedShown);
            if (tableFields is not null)
            {
                fields.AddRange(tableFields);
                used += DiscordTableFields.Length(tableFields);
            }
        }
        if (notes is not null)
        {
            fields.Add(notes);
        }

        var description = StringBuilderCache.Acquire(DescriptionCapacity);
        if (page == 0 && !string.IsNullOrWhiteSpace(answer.Summary))
        {
            DiscordMarkdown.AppendSummary(description, TextFit.ToLength(answer.Summary, SummaryRaw));
        }
        var descriptionBudget = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - used - footerReserve);
        foreach (var table in answer.Tables)
        {
            if (tableFields is null || !ReferenceEquals(table, fieldsTable))
            {
                DiscordCodeBlockTable.Append(description, table, page, RowsPerPage, descriptionBudget, ref leaderShown, ref disputedShown);
            }
        }
        if (tableFields is not null)
        {
            // Last in the description, right above its fields.
            DiscordCodeBlockTable.AppendCaption(description, fieldsTable!, page, RowsPerPage, descriptionBudget);
        }

        var descriptionText = description.Length == 0 ? null : description.ToString();
        StringBuilderCache.Release(description);
        var footer = DiscordFooter.Build(answer.Sources, page, pageCount, leaderShown, disputedShown, Math.Min(FooterBudget, DiscordLimits.EmbedTotal - used - (descriptionText?.Length ?? 0)));
        var embed = new Embed
        {
            Title = title.Length == 0 ? null : title,
            Description = descriptionText,
            Color = EmbedColors.ForCommand(answer.Command),
            Fields = fields.Count == 0 ? null : fields,
            Footer = footer is null ? null : new EmbedFooter(footer),
        };
        return new DiscordMessage
        {
            Embeds = [embed],
            Flags = answer.Ephemeral ? MessageFlags.Ephemeral : null,
        };
    }

    private static DiscordMessage RenderError(Answer answer)
    {
        var title = EscapedLine(string.IsNullOrWhiteSpace(answer.Title) ? "Sorry, I can't answer that" : answer.Title, TitleRaw);
        var description = new StringBuilder(256);
        DiscordMarkdown.AppendEscaped(description, TextFit.ToLength(answer.Error ?? "The request could not be answered.", 1500));
        var fields = new List<EmbedField>(2);
        if (answer.Suggestions.Count > 0)
        {
            fields.Add(new EmbedField("Did you mean", SuggestionList(answer.Suggestions)));
        }
        AddNotes(fields, answer.Notes);
        var embed = new Embed
        {
            Title = title,
            Description = description.ToString(),
            Color = EmbedColors.Error,
            Fields = fields.Count == 0 ? null : fields,
        };
        return new DiscordMessage { Embeds = [embed], Flags = MessageFlags.Ephemeral };
    }

    private static string SuggestionList(IReadOnlyList<string> suggestions)
    {
        var builder = new StringBuilder(128);
        for (var i = 0; i < suggestions.Count; i++)
        {
            var item = TextFit.ToLength(TextFit.SingleLine(suggestions[i]), 60).Replace('`', 'ˋ');
            var separator = i == 0 ? 0 : 2;
            if (builder.Length + separator + item.Length + 2 > DiscordLimits.FieldValue - 24)
            {
                builder.Append(" … ").Append(suggestions.Count - i).Append(" more");
                break;
            }
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append('`').Append(item).Append('`');
        }
        return builder.ToString();
    }

    private static int AddFacts(List<EmbedField> fields, IReadOnlyList<AnswerFact> facts)
    {
        var used = 0;
        var shown = 0;
        var builder = StringBuilderCache.Acquire(256);
        for (var i = 0; i < facts.Count && fields.Count < MaxFactFields - 1; i++)
        {
            var fact = facts[i];
            var name = EscapedLine(fact.Label, FactLabelRaw);
            builder.Clear();
            DiscordMarkdown.AppendEscaped(builder, TextFit.ToLength(fact.Value, FactValueRaw));
            AppendRefs(builder, fact.SourceRefs);
            if (name.Length == 0)
            {
                name = "\u200b";
            }
            if (builder.Length == 0)
            {
                builder.Append('—');
            }
            if (used + name.Length + builder.Length > FactsBudget - MoreFactsReserve)
            {
                break;
            }
            used += name.Length + builder.Length;
            fields.Add(new EmbedField(name, builder.ToString(), Inline: builder.Length <= MaxInlineValue));
            shown++;
        }
        StringBuilderCache.Release(builder);
        if (shown < facts.Count)
        {
            var more = new EmbedField("…", AnswerPhrases.MoreFacts(facts.Count - shown), Inline: true);
            fields.Add(more);
            used += more.Name.Length + more.Value.Length;
        }
        return used;
    }

    /// <summary>The first comparison table with rows on <paramref name="page"/>: the one written as fields, if they fit.</summary>
    private static AnswerTable? FieldsTable(Answer answer, int page)
    {
        foreach (var table in answer.Tables)
        {
            if (table.ChartSeries && AnswerPages.Rows(table, page, RowsPerPage).Count > 0)
            {
                return table;
            }
        }
        return null;
    }

    private static EmbedField? NotesField(IReadOnlyList<string> notes)
    {
        var fields = new List<EmbedField>(1);
        AddNotes(fields, notes);
        return fields.Count == 0 ? null : fields[0];
    }

    private static int AddNotes(List<EmbedField> fields, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return 0;
        }
        const string Name = "Notes";
        var value = StringBuilderCache.Acquire(DiscordLimits.FieldValue);
        var reserve = 32;
        for (var i = 0; i < notes.Count; i++)
        {
            var before = value.Length;
            if (i > 0)
            {
                value.Append('\n');
            }
            value.Append("• ");
            DiscordMarkdown.AppendEscaped(value, TextFit.ToLength(notes[i], NoteRaw));
            if (value.Length > DiscordLimits.FieldValue - reserve)
            {
                value.Length = before;
                var left = notes.Count - i;
                value.Append(before == 0 ? "" : "\n").Append(AnswerPhrases.MoreNotes(left));
                break;
            }
        }
        var length = value.Length;
        fields.Add(new EmbedField(Name, StringBuilderCache.ToStringAndRelease(value)));
        return Name.Length + length;
    }

    private static void AppendRefs(StringBuilder builder, IReadOnlyList<int> refs)
    {
        for (var i = 0; i < refs.Count && i < 8; i++)
        {
            builder.Append(i == 0 ? " [" : ",").Append(refs[i]);
        }
        if (refs.Count > 0)
        {
            builder.Append(']');
        }
    }

    private static int EstimateFooter(Answer answer) => 64 + (answer.Sources.Count * (SourceFootnote.MaxTitleLength + 64));

    private static string EscapedLine(string text, int rawLength)
    {
        var line = TextFit.ToLength(TextFit.SingleLine(text), rawLength);
        return DiscordMarkdown.Escape(line);
    }
}
