using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;

namespace ModelBot.Discord.Interactions.Sources;

/// <summary>
/// The ephemeral message behind the "Sources" button: for each source cited by the figures on the page shown, its
/// title, publisher, date and passage (locator), then the figures it supports with setting and evaluator. Stays
/// within <see cref="DiscordLimits"/> and says how much was left out.
/// </summary>
public static class SourcesMessageBuilder
{
    /// <summary>Longest description written, leaving room for the "more" line.</summary>
    private const int DescriptionBudget = DiscordLimits.EmbedDescription - 120;

    private const int MaxFiguresPerSource = 12;

    /// <summary>The provenance message for <paramref name="page"/> of <paramref name="answer"/>.</summary>
    public static DiscordMessage Build(Answer answer, int page)
    {
        var pageCount = DiscordMessageRenderer.PageCount(answer);
        page = AnswerPages.Clamp(page, pageCount);
        var cited = CitedOnPage(answer, page);
        var sources = answer.Sources.Where(s => cited.Count == 0 || cited.Contains(s.Number)).OrderBy(s => s.Number).ToList();

        var description = new StringBuilder(2048);
        var shown = 0;
        foreach (var source in sources)
        {
            var before = description.Length;
            AppendSource(description, source, answer.Results);
            if (description.Length > DescriptionBudget)
            {
                description.Length = before;
                break;
            }
            shown++;
        }
        if (shown < sources.Count)
        {
            var left = sources.Count - shown;
            description.Append('\n').Append(AnswerPhrases.MoreSources(left)).Append(" did not fit; see data/sources in the repository.");
        }
        if (sources.Count == 0)
        {
            description.Append("No figure on this page cites a source.");
        }

        var title = pageCount > 1
            ? $"Sources for page {page + 1}/{pageCount}: {answer.Title}"
            : $"Sources: {answer.Title}";
        var embed = new Embed
        {
            Title = Fit(DiscordMarkdown.Escape(title.ReplaceLineEndings(" ")), DiscordLimits.EmbedTitle),
            Description = description.ToString(),
            Color = EmbedColors.ForCommand(answer.Command),
        };
        return new DiscordMessage { Embeds = [embed], Flags = MessageFlags.Ephemeral };
    }

    /// <summary>Source numbers referenced by the rows on <paramref name="page"/> (and the facts, on the first page).</summary>
    public static IReadOnlySet<int> CitedOnPage(Answer answer, int page)
    {
        var cited = new HashSet<int>();
        foreach (var table in answer.Tables)
        {
            var (first, count) = AnswerPages.Rows(table, page, DiscordMessageRenderer.RowsPerPage);
            for (var row = first; row < first + count; row++)
            {
                foreach (var cell in table.Rows[row].Cells)
                {
                    cited.UnionWith(cell.SourceRefs ?? []);
                }
            }
        }
        if (page == 0)
        {
            foreach (var fact in answer.Facts)
            {
                cited.UnionWith(fact.SourceRefs);
            }
        }
        return cited;
    }

    private static void AppendSource(StringBuilder builder, SourceNote source, IReadOnlyList<ResultFigure> results)
    {
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }
        builder.Append("**[").Append(source.Number).Append("] ");
        DiscordMarkdown.AppendEscaped(builder, Fit(source.Title, 200)).Append("**\n");
        DiscordMarkdown.AppendEscaped(builder, Fit(source.Publisher, 100));
        if (!string.IsNullOrWhiteSpace(source.Date))
        {
            builder.Append(", ");
            DiscordMarkdown.AppendEscaped(builder, source.Date);
        }
        builder.Append("\nPassage: ");
        DiscordMarkdown.AppendEscaped(builder, Fit(source.Locator, 600));

        var figures = results.Where(r => r.SourceRef == source.Number).ToList();
        for (var i = 0; i < figures.Count && i < MaxFiguresPerSource; i++)
        {
            var figure = figures[i];
            builder.Append("\n• ");
            DiscordMarkdown.AppendEscaped(builder, $"{figure.Model} — {figure.Benchmark} ({figure.Setting}): {Format(figure.Value)} {figure.Unit}, measured by {figure.Evaluator}");
            if (figure.Disputed)
            {
                builder.Append(" † disputed");
            }
        }
        if (figures.Count > MaxFiguresPerSource)
        {
            builder.Append("\n• … ").Append(figures.Count - MaxFiguresPerSource).Append(" more figures");
        }
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Fit(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
