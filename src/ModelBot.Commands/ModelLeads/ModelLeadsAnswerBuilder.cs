using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.ModelLeads;

/// <summary>
/// Lays out where one model leads ("what benchmarks does Muse Spark lead?"): the benchmarks and settings it ranks
/// first on, with its value and margin over the runner-up, then those it does not lead, with its rank and the leader.
/// </summary>
public sealed class ModelLeadsAnswerBuilder
{
    /// <summary>The caption of the table of benchmarks the model leads.</summary>
    public const string LeadsCaption = "Leads";

    /// <summary>The caption of the table of benchmarks the model does not lead.</summary>
    public const string TrailsCaption = "Does not lead";

    /// <summary>The columns of the table of leads.</summary>
    public static IReadOnlyList<string> LeadsColumns { get; } = ["Benchmark", "Value", "Margin", "Runner-up"];

    /// <summary>The columns of the table of benchmarks not led.</summary>
    public static IReadOnlyList<string> TrailsColumns { get; } = ["Benchmark", "Rank", "Value", "Leader"];

    /// <summary>The caption of the table of the model's special-mode runs (Contemplating), which rank apart.</summary>
    public const string ModeRunsCaption = "Special-mode runs, ranked apart";

    /// <summary>The columns of the table of special-mode runs: the run, and the standard runs' leader beside it for scale.</summary>
    public static IReadOnlyList<string> ModeRunsColumns { get; } = ["Benchmark", "Value", "Standard runs' leader"];

    private const int NamedInSummary = 4;

    /// <summary>How many of the widest gaps "where does it fall behind?" names before pointing to the table.</summary>
    private const int BehindInSummary = 6;

    /// <summary>
    /// Builds the answer; with <paramref name="topic"/> ("coding") only that topic's leaderboards are given; with
    /// <paramref name="last"/> the headline names where it ranks last, with <paramref name="behind"/> where it trails
    /// the leader and by how much ("where does Muse Spark fall behind?").
    /// </summary>
    public Answer Build(Model model, IReadOnlyList<LeaderboardReport> reports, string? topic = null, bool last = false, bool behind = false)
    {
        var standings = new List<Standing>();
        var cited = new SourceList(reports);
        foreach (var report in reports)
        {
            foreach (var section in report.Sections)
            {
                // One standing per entrant: a model measured with and without one of its modes has two places.
                foreach (var entry in section.Entries)
                {
                    if (entry.Model.Id != model.Id)
                    {
                        continue;
                    }

                    var standing = new Standing(report.Benchmark, section, entry)
                    {
                        BesideOtherSettings = report.Sections.Select(s => s.Setting).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1,
                        StandardLeader = section.ModeRuns ? StandardLeaderBeside(report, section) : null,
                    };
                    standings.Add(standing);
                    cited.AddAll(standing.Entry.Figures);
                    if (standing.Other is { } other)
                    {
                        cited.AddAll(other.Figures);
                    }

                    if (standing.StandardLeader is { } standardLeader)
                    {
                        cited.AddAll(standardLeader.Figures);
                    }
                }
            }
        }

        var sources = new SourceNumbering(cited.Sources);
        var figures = new FigureCollector(sources, standings.Count * 3);
        var leads = new List<AnswerRow>();
        var trails = new List<AnswerRow>();
        var modeRuns = new List<AnswerRow>();
        // "where does it fall behind?": the widest gaps first, as the headline names them.
        foreach (var standing in behind ? [.. Behind(standings), .. standings.Where(s => s.Section.ModeRuns || s.Leads)] : standings)
        {
            figures.Add(standing.Benchmark, model, standing.Entry.Figures);
            if (standing.Section.ModeRuns)
            {
                // Like with like: a special-mode run is neither a lead nor a trail among standard runs.
                if (standing.StandardLeader is { } standardLeader)
                {
                    figures.Add(standing.Benchmark, standardLeader.Model, standardLeader.Figures);
                }

                modeRuns.Add(ModeRunRow(standing, sources));
                continue;
            }

            if (standing.Other is { } other)
            {
                figures.Add(standing.Benchmark, other.Model, other.Figures);
            }

            (standing.Leads ? leads : trails).Add(standing.Leads ? LeadRow(standing, sources) : TrailRow(standing, sources));
        }

        var tables = new List<AnswerTable>(3);
        var leadsTable = new AnswerTable { Caption = LeadsCaption, Columns = LeadsColumns, Rows = leads };
        var trailsTable = new AnswerTable { Caption = TrailsCaption, Columns = TrailsColumns, Rows = trails };
        foreach (var table in behind ? [trailsTable, leadsTable] : new[] { leadsTable, trailsTable })
        {
            if (table.Rows.Count > 0)
            {
                tables.Add(table);
            }
        }

        if (modeRuns.Count > 0)
        {
            tables.Add(new AnswerTable { Caption = ModeRunsCaption, Columns = ModeRunsColumns, Rows = modeRuns });
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = last ? $"Where {model.Name} ranks last"
                : behind ? (topic is null ? $"Where {model.Name} falls behind" : $"Where {model.Name} falls behind on {topic} benchmarks")
                : standings.Any(s => s.Leads && !s.Section.ModeRuns) || standings.Count == 0 ? (topic is null ? $"Where {model.Name} leads" : $"Where {model.Name} leads on {topic} benchmarks")
                : topic is null ? $"Where {model.Name} stands" : $"Where {model.Name} stands on {topic} benchmarks",
            Summary = last ? LastSummary(model, standings) : behind ? BehindSummary(model, standings, topic) : Summary(model, standings, topic),
            Tables = tables,
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    private static AnswerRow LeadRow(Standing standing, SourceNumbering sources)
    {
        var (benchmark, section, entry) = (standing.Benchmark, standing.Section, standing.Entry);
        string margin;
        AnswerCell runnerUp;
        if (standing.Other is not { } other)
        {
            margin = "—";
            runnerUp = new AnswerCell("only figure");
        }
        else if (other.Rank == 1)
        {
            var tied = section.Entries.Where(e => e.Rank == 1 && e.Model.Id != entry.Model.Id).Select(e => e.Label);
            margin = "tie";
            runnerUp = new AnswerCell("tied with " + string.Join(", ", tied), SourceRefs: sources.Numbers(other.Figures));
        }
        else
        {
            margin = FigureText.Difference(entry.Figure, other.Figure, benchmark.Unit);
            runnerUp = Named(other, benchmark, sources);
        }

        return new AnswerRow(
        [
            new AnswerCell(FigureText.RowLabel(benchmark, FigureText.EntrySetting(section, entry))),
            Value(entry, benchmark, sources, leads: true),
            new AnswerCell(margin),
            runnerUp,
        ]);
    }

    private static AnswerRow ModeRunRow(Standing standing, SourceNumbering sources)
    {
        var (benchmark, section, entry) = (standing.Benchmark, standing.Section, standing.Entry);
        return new AnswerRow(
        [
            new AnswerCell(FigureText.RowLabel(benchmark, FigureText.EntrySetting(section, entry))),
            Value(entry, benchmark, sources, leads: false),
            standing.StandardLeader is { } leader ? Named(leader, benchmark, sources) : new AnswerCell("no standard run"),
        ]);
    }

    /// <summary>The leader of the standard runs in the setting of a special-mode section, the scale a reader sets it against.</summary>
    private static LeaderboardEntry? StandardLeaderBeside(LeaderboardReport report, LeaderboardSection modeSection) =>
        report.Sections.FirstOrDefault(s => !s.ModeRuns && string.Equals(s.Setting, modeSection.Setting, StringComparison.OrdinalIgnoreCase))
            ?.Entries.FirstOrDefault(e => !e.IsDisputed);

    private static AnswerRow TrailRow(Standing standing, SourceNumbering sources)
    {
        var (benchmark, section, entry) = (standing.Benchmark, standing.Section, standing.Entry);
        return new AnswerRow(
        [
            new AnswerCell(FigureText.RowLabel(benchmark, FigureText.EntrySetting(section, entry))),
            new AnswerCell(string.Create(CultureInfo.InvariantCulture, $"{entry.Rank} of {section.Entries.Count}")),
            Value(entry, benchmark, sources, leads: false),
            Named(standing.Other!, benchmark, sources),
        ]);
    }

    private static AnswerCell Value(LeaderboardEntry entry, Benchmark benchmark, SourceNumbering sources, bool leads) =>
        new(FigureText.Value(entry.Figure, benchmark.Unit), entry.Figure.Value, leads, sources.Numbers(entry.Figures), entry.IsDisputed);

    /// <summary>"GPT-5.4 (40.1%)", citing that figure's sources.</summary>
    private static AnswerCell Named(LeaderboardEntry entry, Benchmark benchmark, SourceNumbering sources) =>
        new(FigureText.EntrantWithValue(entry, benchmark.Unit), SourceRefs: sources.Numbers(entry.Figures), Disputed: entry.IsDisputed);

    /// <summary>"**Muse Spark** ranks first on 5 of 19 benchmark rows it has a figure on: HealthBench Hard, …."</summary>
    /// <summary>"**Muse Spark** ranks last on 4 of 17 …: ARC-AGI-2 42.5% (4th of 4), …" — standard runs only, places shared by nobody else.</summary>

    private static string LastSummary(Model model, List<Standing> all)
    {
        var standings = all.Where(s => !s.Section.ModeRuns && s.Section.Entries.Count > 1).ToList();
        var last = standings.Where(s => s.Entry.Rank == s.Section.Entries.Max(e => e.Rank) && s.Entry.Rank > 1).ToList();
        if (last.Count == 0)
        {
            return $"**{model.Name}** ranks last on none of the {standings.Count} benchmark rows where it has a standard figure beside others.";
        }

        // The worst relative to the leader: the largest gap in points among percent rows (units differ elsewhere).
        var widest = standings.Where(s => s.Benchmark.Unit == Unit.Percent && s.Entry.Rank > 1)
            .OrderByDescending(s => Math.Abs(s.Section.Entries[0].Figure.Value - s.Entry.Figure.Value)).FirstOrDefault();
        return $"**{model.Name}** ranks last on {last.Count} of {standings.Count} benchmark rows where it has a standard figure beside others: "
            + string.Join(", ", last.Select(s => $"{s.Label} {FigureValueText.Of(s.Entry.Figure, s.Benchmark.Unit)} ({s.Entry.Rank} of {s.Section.Entries.Count})")) + "."
            + (widest is null ? "" : $" Furthest behind the leader: {widest.Benchmark.Name}, {FigureText.Difference(widest.Entry.Figure, widest.Section.Entries[0].Figure, widest.Benchmark.Unit)} behind **{widest.Section.Entries[0].Label}** ({FigureValueText.Of(widest.Section.Entries[0].Figure, widest.Benchmark.Unit)}).");
    }

    /// <summary>
    /// The standard rows the model does not lead, widest gap first: percent rows by points behind, then the rest by
    /// their share of the leader's figure (Elo and token counts are not points).
    /// </summary>
    private static List<Standing> Behind(List<Standing> all) =>
    [
        .. all.Where(s => !s.Section.ModeRuns && !s.Leads)
            .OrderBy(s => s.Benchmark.Unit == Unit.Percent ? 0 : 1)
            .ThenByDescending(s => s.Benchmark.Unit == Unit.Percent ? Math.Abs(s.Other!.Figure.Value - s.Entry.Figure.Value) : RelativeGap(s)),
    ];

    private static double RelativeGap(Standing standing) =>
        standing.Other!.Figure.Value == 0 ? 0 : Math.Abs(standing.Other.Figure.Value - standing.Entry.Figure.Value) / Math.Abs(standing.Other.Figure.Value);

    /// <summary>"**Muse Spark** trails the leader on 12 of 16 …: ARC-AGI-2 42.5% vs Gemini 3.1 Pro 76.5% (34.0 points behind), …"</summary>
    private static string BehindSummary(Model model, List<Standing> all, string? topic)
    {
        var kind = topic is null ? "benchmark" : topic + " benchmark";
        var standings = all.Where(s => !s.Section.ModeRuns).ToList();
        if (standings.Count == 0)
        {
            return $"The dataset has no standard-run {kind} figures for **{model.Name}**.";
        }

        var behind = Behind(all);
        if (behind.Count == 0)
        {
            return $"**{model.Name}** falls behind on none of the {standings.Count} {kind} rows it has a standard figure on: it ranks first on each.";
        }

        var text = new StringBuilder(400);
        text.Append("**").Append(model.Name).Append("** trails the leader on ").Append(behind.Count).Append(" of ").Append(standings.Count)
            .Append(' ').Append(kind).Append(" rows it has a standard figure on, widest gaps first: ");
        // The widest gaps answer the question; the table below lists every row.
        var named = behind.Count <= BehindInSummary + 2 ? behind.Count : BehindInSummary;
        for (var i = 0; i < named; i++)
        {
            var s = behind[i];
            var leader = s.Other!;
            text.Append(i == 0 ? "" : "; ").Append(s.Label).Append(' ').Append(FigureValueText.Of(s.Entry.Figure, s.Benchmark.Unit))
                .Append(" vs **").Append(leader.Label).Append("** ").Append(FigureValueText.Of(leader.Figure, s.Benchmark.Unit))
                .Append(" (").Append(FigureText.Difference(s.Entry.Figure, leader.Figure, s.Benchmark.Unit))
                .Append(s.Benchmark.Direction == Direction.LowerIsBetter ? " more" : " behind").Append(')');
        }

        text.Append(named < behind.Count ? $"; and {behind.Count - named} smaller gaps, listed below." : ".");
        var led = standings.Where(s => s.Leads).ToList();
        if (led.Count > 0)
        {
            text.Append(" It leads ").Append(string.Join(", ", led.Select(s => s.Label))).Append('.');
        }

        return text.ToString();
    }

    private static string Summary(Model model, List<Standing> all, string? topic)
    {
        var kind = topic is null ? "benchmark" : topic + " benchmark";
        if (all.Count == 0)
        {
            return $"The dataset has no {kind} figures for **{model.Name}**.";
        }

        // Like with like: a first place among special-mode runs (Contemplating) is no lead over standard runs.
        var standings = all.Where(s => !s.Section.ModeRuns).ToList();
        var modeRuns = all.Where(s => s.Section.ModeRuns).ToList();
        var text = new StringBuilder(300);
        var led = standings.Where(s => s.Leads).ToList();
        var rows = standings.Count == 1 ? $"the one {kind} row it has a standard figure on" : $"{standings.Count} {kind} rows it has a standard figure on";
        if (standings.Count == 0)
        {
            text.Append("The dataset has no standard-run ").Append(kind).Append(" figures for **").Append(model.Name).Append("**.");
        }
        else if (led.Count == 0)
        {
            text.Append(standings.Count == 1 ? $"**{model.Name}** does not lead {rows}" : $"**{model.Name}** leads none of {rows}");
            // Where it does stand is the answer to "should we use it for X?".
            text.Append(standings.Count <= NamedInSummary + 2
                ? ": " + string.Join(", ", standings.Select(s => $"{s.Label} {FigureValueText.Of(s.Entry.Figure, s.Benchmark.Unit)} ({FigureText.Ordinal(s.Entry.Rank)} of {s.Section.Entries.Count})")) + "."
                : ".");
        }
        else
        {
            text.Append("**").Append(model.Name).Append("** ranks first on ");
            text.Append(led.Count == standings.Count ? standings.Count switch { 1 => rows, 2 => $"both {kind} rows it has a standard figure on", _ => "all " + rows } : $"{led.Count} of {rows}").Append(": ");
            for (var i = 0; i < led.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(led[i].Label)
                    .Append(' ').Append(FigureValueText.Of(led[i].Entry.Figure, led[i].Benchmark.Unit));
            }

            text.Append('.');
            var trailing = standings.Where(s => !s.Leads).ToList();
            if (trailing.Count > 0 && standings.Count <= NamedInSummary + 2)
            {
                // A few rows: where it stands on the others is part of the answer ("Muse Spark on CharXiv, ZeroBench and SimpleVQA").
                text.Append(" Elsewhere: ").Append(string.Join(", ", trailing.Select(s =>
                    $"{s.Label} {FigureValueText.Of(s.Entry.Figure, s.Benchmark.Unit)} ({FigureText.Ordinal(s.Entry.Rank)} of {s.Section.Entries.Count})"))).Append('.');
            }
        }

        if (modeRuns.Count > 0 && standings.Count == 0)
        {
            // Only special-mode runs: say what they are rather than nothing (the tables list them either way).
            text.Append(" Its special-mode runs rank apart from standard runs: ")
                .Append(string.Join(", ", modeRuns.Select(r => FigureText.BenchmarkWithSetting(r.Benchmark.Name, r.Entry.Figure.Setting) + " " + FigureValueText.Of(r.Entry.Figure, r.Benchmark.Unit))))
                .Append('.');
        }

        return text.ToString();
    }

    /// <summary>The model's place on one leaderboard section, and the entry it is measured against.</summary>
    private sealed record Standing(Benchmark Benchmark, LeaderboardSection Section, LeaderboardEntry Entry)
    {
        /// <summary>The benchmark has rows in other settings, so a row whose source names none says so.</summary>
        public bool BesideOtherSettings { get; init; }

        /// <summary>"HLE (no tools)", "HLE (setting not stated)" beside others, or the plain name.</summary>
        public string Label => FigureText.BenchmarkWithSetting(Benchmark.Name, Section.Setting, BesideOtherSettings);

        /// <summary>For a special-mode run: the standard runs' leader in its setting, or null.</summary>
        public LeaderboardEntry? StandardLeader { get; init; }

        /// <summary>Whether the model ranks first (alone or tied).</summary>
        public bool Leads => Entry.Rank == 1;

        /// <summary>When leading: the runner-up (or a co-leader on a tie), null when alone; otherwise the leader.</summary>
        public LeaderboardEntry? Other => Leads
            ? Section.Entries.FirstOrDefault(e => e.Model.Id != Entry.Model.Id)
            : Section.Entries[0];
    }
}
