using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Rendering;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Compare;

/// <summary>
/// Lays out a <see cref="ComparisonReport"/>: rows are benchmark and setting, columns the models, the leader's cell
/// marked; benchmarks only some models have follow in a second table; disagreements and gaps are notes.
/// </summary>
public sealed class ComparisonAnswerBuilder
{
    /// <summary>The caption of the table of benchmarks every model has a figure on.</summary>
    public const string SharedCaption = "Shared benchmarks";

    /// <summary>The caption of the table of benchmarks only some models have a figure on.</summary>
    public const string PartialCaption = "Benchmarks only some models have";

    /// <summary>The text of a cell without a figure.</summary>
    public const string NoFigure = "—";

    // Cells are immutable: every cell without a figure can be this one.
    private static readonly AnswerCell NoFigureCell = new(NoFigure);

    /// <summary>Builds the answer; <paramref name="topic"/> ("coding") names the benchmarks it was limited to, if any.</summary>
    public Answer Build(ComparisonReport report, string? topic = null)
    {
        var sources = new SourceNumbering(report.Sources);
        var figures = new FigureCollector(sources, FigureCount(report.Rows) + FigureCount(report.PartialRows));
        var columns = Columns(report.Models);
        var tables = new List<AnswerTable>(2);
        var namedSettings = BenchmarksWithNamedSettings(report);
        if (report.Rows.Count > 0)
        {
            tables.Add(new AnswerTable { Caption = SharedCaption, Columns = columns, Rows = Rows(report.Rows, sources, figures, namedSettings), ChartSeries = true });
        }

        if (report.PartialRows.Count > 0)
        {
            tables.Add(new AnswerTable { Caption = PartialCaption, Columns = columns, Rows = Rows(report.PartialRows, sources, figures, namedSettings) });
            NoteMissing(report, figures);
        }

        NoteCrossArticleRows(report.Rows, sources, figures);

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Compare,
            Title = report.Benchmark is { } only ? string.Concat(Title(report.Models), " on ", only.Name)
                : topic is not null ? string.Concat(Title(report.Models), " on ", topic, " benchmarks")
                : Title(report.Models),
            Summary = Summary(report, topic),
            Tables = tables,
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    /// <summary>
    /// A note for each shared row whose figures no single article gives together (HLE without tools: Muse Spark's 42.8
    /// from Meta's table, Gemini Deep Think's 48.4 from another article), as leaderboards note it: the side-by-side is
    /// the dataset's, not an article's, and the runs were not necessarily alike.
    /// </summary>
    private static void NoteCrossArticleRows(IReadOnlyList<ComparisonRow> rows, SourceNumbering sources, FigureCollector figures)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            if (HaveCommonSource(cells))
            {
                continue;
            }

            var parts = new string[cells.Count];
            for (var c = 0; c < cells.Count; c++)
            {
                var numbers = sources.Numbers(cells[c].Figures);
                parts[c] = string.Concat(cells[c].Model.Name, numbers.Length == 1 ? " from source " : " from sources ", string.Join(", ", numbers));
            }

            figures.Note(string.Concat(
                FigureText.BenchmarkWithSetting(rows[r].Benchmark.Name, rows[r].Setting), ": ", string.Join("; ", parts),
                ". No one article gives these figures together; they were not necessarily measured the same way."));
        }
    }

    private static bool HaveCommonSource(IReadOnlyList<ComparisonCell> cells)
    {
        var first = cells[0].Figures;
        for (var f = 0; f < first.Count; f++)
        {
            var source = first[f].Source;
            var everywhere = true;
            for (var c = 1; c < cells.Count && everywhere; c++)
            {
                var found = false;
                var others = cells[c].Figures;
                for (var o = 0; o < others.Count && !found; o++)
                {
                    found = string.Equals(others[o].Source, source, StringComparison.Ordinal);
                }

                everywhere = found;
            }

            if (everywhere)
            {
                return true;
            }
        }

        return false;
    }

    private static int FigureCount(IReadOnlyList<ComparisonRow> rows)
    {
        // Indexed loops here and below: a foreach over an IReadOnlyList allocates an enumerator, and these run per row.
        var count = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                count += cells[c].Figures.Count;
            }
        }

        return count;
    }

    private static string Title(IReadOnlyList<Model> models)
    {
        var names = new string[models.Count];
        for (var i = 0; i < models.Count; i++)
        {
            names[i] = models[i].Name;
        }

        return string.Join(" vs ", names);
    }

    private static string[] Columns(IReadOnlyList<Model> models)
    {
        var columns = new string[models.Count + 1];
        columns[0] = "Benchmark";
        for (var i = 0; i < models.Count; i++)
        {
            columns[i + 1] = models[i].Name;
        }

        return columns;
    }

    /// <summary>Benchmarks with a row in a named setting ("no tools"): beside those, a row whose source names none says so.</summary>
    private static HashSet<string>? BenchmarksWithNamedSettings(ComparisonReport report)
    {
        HashSet<string>? named = null;
        foreach (var rows in (IReadOnlyList<ComparisonRow>[])[report.Rows, report.PartialRows])
        {
            for (var r = 0; r < rows.Count; r++)
            {
                if (!FigureText.IsDefaultSetting(rows[r].Setting))
                {
                    (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(rows[r].Benchmark.Id);
                }
            }
        }

        return named;
    }

    private static AnswerRow[] Rows(IReadOnlyList<ComparisonRow> rows, SourceNumbering sources, FigureCollector figures, HashSet<string>? namedSettings)
    {
        var answerRows = new AnswerRow[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = new AnswerCell[row.Cells.Count + 1];
            // As on the leaderboard: Artificial Analysis's HLE run beside "(no tools)" is "(setting not stated)", not plain.
            var setting = FigureText.IsDefaultSetting(row.Setting) && namedSettings is not null && namedSettings.Contains(row.Benchmark.Id)
                ? FigureText.SettingNotStated
                : row.Setting;
            cells[0] = new AnswerCell(RowLabel(row.Benchmark, setting));
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (cell.Figure is not { } figure)
                {
                    cells[c + 1] = NoFigureCell;
                    continue;
                }

                figures.Add(row.Benchmark, cell.Model, cell.Figures);
                cells[c + 1] = new AnswerCell(
                    FigureValueText.Of(figure, row.Benchmark.Unit) + FigureText.OwnSetting(row.Setting, figure.Setting),
                    figure.Value,
                    cell.IsLeader,
                    sources.Numbers(cell.Figures),
                    figure.Disputed) { Approximate = figure.Approximate };
            }

            answerRows[r] = new AnswerRow(cells) { Measure = FigureText.Measure(row.Benchmark) };
        }

        return answerRows;
    }

    private static string RowLabel(Benchmark benchmark, string setting)
    {
        if (benchmark.Direction != Direction.LowerIsBetter)
        {
            return FigureText.BenchmarkWithSetting(benchmark.Name, setting);
        }

        return FigureText.IsDefaultSetting(setting)
            ? string.Concat(benchmark.Name, LowerIsBetterSuffix)
            : string.Concat(benchmark.Name, " (", setting, ")" + LowerIsBetterSuffix);
    }

    private const string LowerIsBetterSuffix = " (lower is better)";

    private static void NoteMissing(ComparisonReport report, FigureCollector figures)
    {
        for (var m = 0; m < report.Models.Count; m++)
        {
            var model = report.Models[m];
            StringBuilder? note = null;
            for (var r = 0; r < report.PartialRows.Count; r++)
            {
                var row = report.PartialRows[r];
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = row.Cells[c];
                    if (cell.Model.Id == model.Id && cell.Figure is null)
                    {
                        note = note is null ? StringBuilderCache.Acquire(256).Append("No figure for ").Append(model.Name).Append(" on: ") : note.Append(", ");
                        AppendBenchmarkWithSetting(note, row.Benchmark.Name, row.Setting);
                    }
                }
            }

            if (note is not null)
            {
                figures.Note(StringBuilderCache.ToStringAndRelease(note.Append('.')));
            }
        }
    }

    /// <summary>Appends what <see cref="FigureText.BenchmarkWithSetting"/> returns, without the intermediate string.</summary>
    private static void AppendBenchmarkWithSetting(StringBuilder text, string benchmark, string setting)
    {
        text.Append(benchmark);
        if (!FigureText.IsDefaultSetting(setting))
        {
            text.Append(" (").Append(setting).Append(')');
        }
    }

    private static string Summary(ComparisonReport report, string? topic)
    {
        if (report.Rows.Count == 0 && ModeRunRows(report) is { Count: > 0 } onlyModeRuns)
        {
            return "No like-for-like row to compare: " + ModeRunDetails(onlyModeRuns) + ".";
        }

        if (FilteredComparisonSummary.For(report, topic) is { } filtered)
        {
            return filtered;
        }

        if (report.Rows.Count == 0)
        {
            return report.PartialRows.Count == 0
                ? "The dataset has no benchmark figures for these models."
                : report.Models.Count == 2 ? "They share no benchmark; the figures each has are listed below."
                : $"No benchmark has a figure for all {report.Models.Count} models; the figures each has are listed below.";
        }

        var leads = new int[report.Models.Count];
        var ties = 0;
        for (var r = 0; r < report.Rows.Count; r++)
        {
            var row = report.Rows[r];
            if (row.LeaderIds.Count > 1)
            {
                ties++;
                continue;
            }

            for (var m = 0; m < report.Models.Count; m++)
            {
                if (row.LeaderIds.Count == 1 && row.LeaderIds[0] == report.Models[m].Id)
                {
                    leads[m]++;
                }
            }
        }

        var order = ByLeadsDescending(leads);
        var text = StringBuilderCache.Acquire(512);
        if (leads[order[0]] == report.Rows.Count)
        {
            text.Append("**").Append(report.Models[order[0]].Name).Append("** leads on ");
            switch (report.Rows.Count)
            {
                case 1:
                    text.Append("the one shared benchmark row.");
                    break;
                case 2:
                    text.Append("both shared benchmark rows.");
                    break;
                default:
                    text.Append("all ").Append(report.Rows.Count).Append(" shared benchmark rows.");
                    break;
            }

            AppendLargestLead(report, text);
            AppendLowerIsBetter(report, text);
            AppendModeRuns(report, text);
            return StringBuilderCache.ToStringAndRelease(text);
        }

        text.Append("Across ").Append(report.Rows.Count).Append(report.Rows.Count == 1 ? " shared benchmark row, " : " shared benchmark rows, ");
        for (var i = 0; i < order.Length; i++)
        {
            var m = order[i];
            if (i > 0)
            {
                text.Append(i == order.Length - 1 && ties == 0 ? " and " : ", ");
            }

            text.Append("**").Append(report.Models[m].Name).Append("** leads ");
            if (leads[m] == 0)
            {
                text.Append("none");
            }
            else
            {
                text.Append(leads[m]);
            }
        }

        if (ties > 0)
        {
            text.Append(", and ").Append(ties).Append(ties == 1 ? " is a tie (" : " are ties (")
                .Append(string.Join("; ", report.Rows.Where(r => r.LeaderIds.Count > 1).Select(r =>
                    FigureText.BenchmarkWithSetting(r.Benchmark.Name, r.Setting) + ", " + FigureValueText.Of(r.Cells.First(c => c.IsLeader).Figure!, r.Benchmark.Unit))))
                .Append(')');
        }

        text.Append('.');
        AppendLargestLead(report, text);
        AppendLowerIsBetter(report, text);
        AppendModeRuns(report, text);
        return StringBuilderCache.ToStringAndRelease(text);
    }

    /// <summary>Rows where every model has a figure but a special-mode run meets a standard one: listed, never counted.</summary>
    private static List<ComparisonRow> ModeRunRows(ComparisonReport report) =>
        [.. report.PartialRows.Where(r => r.Cells.All(c => c.Figure is not null) && r.Cells.Any(IsSpecialRun) && r.Cells.Any(c => !IsSpecialRun(c)))];

    /// <summary>A figure measured in a special mode: the model's mode is in its setting, or the model is named after one.</summary>
    private static bool IsSpecialRun(ComparisonCell cell) =>
        cell.Figure is { } figure && (ModelModeSetting.NamedMode(cell.Model) is not null || ModelModeSetting.Split(figure.Setting, cell.Model).Mode is not null);

    private static string ModeRunDetails(List<ComparisonRow> rows) => string.Join("; ", rows.Select(row =>
    {
        var text = new StringBuilder();
        AppendBenchmarkWithSetting(text, row.Benchmark.Name, row.Setting);
        text.Append(": ").Append(string.Join(", ", row.Cells.Select(c =>
            "**" + c.Model.Name + "** " + FigureValueText.Of(c.Figure!, row.Benchmark.Unit) + (IsSpecialRun(c) ? " (special-mode run)" : " (standard run)"))));
        return text.ToString();
    }));

    private static void AppendModeRuns(ComparisonReport report, StringBuilder text)
    {
        if (ModeRunRows(report) is { Count: > 0 } rows)
        {
            text.Append(" Not counted, as a special-mode run meets a standard one: ").Append(ModeRunDetails(rows)).Append('.');
        }
    }

    /// <summary>Model indexes, most leads first; equal counts keep the models' order (a stable insertion sort of a few items).</summary>
    private static int[] ByLeadsDescending(int[] leads)
    {
        var order = new int[leads.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var at = i;
            while (at > 0 && leads[order[at - 1]] < leads[i])
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }

        return order;
    }

    /// <summary>The most shared rows whose figures the headline gives one by one.</summary>
    private const int DetailedRows = 3;

    /// <summary>
    /// " ARC-AGI-2: **GPT-5.4** 76.1%, **Muse Spark** 42.5% (33.6 points apart)." for a comparison of a few rows:
    /// the figures themselves, best first, which is what a comparison on one benchmark is asked for.
    /// </summary>
    private static void AppendRowDetails(ComparisonReport report, StringBuilder text)
    {
        foreach (var row in report.Rows)
        {
            var cells = row.Cells.Where(c => c.Figure is not null).ToList();
            cells.Sort((a, b) => row.Benchmark.Direction == Direction.LowerIsBetter ? a.Figure!.Value.CompareTo(b.Figure!.Value) : b.Figure!.Value.CompareTo(a.Figure!.Value));
            text.Append(' ');
            var unnamedBesideOthers = FigureText.IsDefaultSetting(row.Setting) && report.Rows.Concat(report.PartialRows).Any(o => o.Benchmark.Id == row.Benchmark.Id && !FigureText.IsDefaultSetting(o.Setting));
            AppendBenchmarkWithSetting(text, row.Benchmark.Name, unnamedBesideOthers ? FigureText.SettingNotStated : row.Setting);
            text.Append(": ").Append(string.Join(", ", cells.Select(c => "**" + c.Model.Name + "** " + FigureValueText.Of(c.Figure!, row.Benchmark.Unit))));
            if (cells.Count >= 2)
            {
                text.Append(cells[0].Figure!.Value.Equals(cells[1].Figure!.Value)
                    ? (cells.Count == 2 ? " (tied)" : " (the first two tied)")
                    : " (" + FigureText.Difference(cells[0].Figure!, cells[1].Figure!, row.Benchmark.Unit) + (cells.Count == 2 ? " apart)" : " between the first two)"));
            }

            text.Append('.');
        }
    }

    private static void AppendLargestLead(ComparisonReport report, StringBuilder text)
    {
        if (report.Rows.Count <= DetailedRows)
        {
            AppendRowDetails(report, text);
            return;
        }

        if (report.Models.Count != 2)
        {
            return;
        }

        ComparisonRow? widest = null;
        var widestGap = 0.0;
        for (var r = 0; r < report.Rows.Count; r++)
        {
            var row = report.Rows[r];
            if (row.Benchmark.Unit != Unit.Percent || row.Cells[0].Figure is not { } a || row.Cells[1].Figure is not { } b)
            {
                continue;
            }

            var gap = Math.Abs(a.Value - b.Value);
            if (gap > widestGap)
            {
                widest = row;
                widestGap = gap;
            }
        }

        if (widest is null || widest.LeaderIds.Count != 1)
        {
            return;
        }

        var leader = widest.Cells[0].IsLeader ? widest.Cells[0] : widest.Cells[1];
        var other = ReferenceEquals(leader, widest.Cells[0]) ? widest.Cells[1] : widest.Cells[0];
        text.Append(" Widest gap: **").Append(leader.Model.Name).Append("** by ")
            .Append(FigureText.Difference(leader.Figure!, other.Figure!, widest.Benchmark.Unit))
            .Append(" on ");
        AppendBenchmarkWithSetting(text, widest.Benchmark.Name, widest.Setting);
        text.Append('.');
        AppendWiderInOtherUnits(report, widest, text);
    }

    /// <summary>
    /// Points are not Elo: a row in another unit whose gap is larger relative to its figures than the widest percent
    /// gap is named too ("GDPval-AA: Claude Opus 4.6 by 286 Elo"), so the headline's "widest" is not read as the whole story.
    /// </summary>
    private static void AppendWiderInOtherUnits(ComparisonReport report, ComparisonRow widestPercent, StringBuilder text)
    {
        static double Relative(ComparisonRow row) =>
            row.Cells[0].Figure is { } a && row.Cells[1].Figure is { } b && Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)) is var scale && scale > 0
                ? Math.Abs(a.Value - b.Value) / scale
                : 0;

        var bar = Relative(widestPercent);
        ComparisonRow? wider = null;
        foreach (var row in report.Rows)
        {
            if (row.Benchmark.Unit != Unit.Percent && row.LeaderIds.Count == 1 && Relative(row) > bar && (wider is null || Relative(row) > Relative(wider)))
            {
                wider = row;
            }
        }

        if (wider is null)
        {
            return;
        }

        var leader = wider.Cells[0].IsLeader ? wider.Cells[0] : wider.Cells[1];
        var other = ReferenceEquals(leader, wider.Cells[0]) ? wider.Cells[1] : wider.Cells[0];
        text.Append(" Wider still relative to the figures: ");
        AppendBenchmarkWithSetting(text, wider.Benchmark.Name, wider.Setting);
        text.Append(", **").Append(leader.Model.Name).Append("** by ").Append(FigureText.Difference(leader.Figure!, other.Figure!, wider.Benchmark.Unit))
            .Append(" (").Append(FigureValueText.Of(leader.Figure!, wider.Benchmark.Unit)).Append(" vs ").Append(FigureValueText.Of(other.Figure!, wider.Benchmark.Unit)).Append(").");
    }

    private static void AppendLowerIsBetter(ComparisonReport report, StringBuilder text)
    {
        var first = true;
        for (var r = 0; r < report.Rows.Count; r++)
        {
            var row = report.Rows[r];
            if (row.Benchmark.Direction != Direction.LowerIsBetter)
            {
                continue;
            }

            text.Append(first ? " Lower is better on " : ", ").Append(row.Benchmark.Name);
            first = false;
        }

        if (!first)
        {
            text.Append('.');
        }
    }
}
