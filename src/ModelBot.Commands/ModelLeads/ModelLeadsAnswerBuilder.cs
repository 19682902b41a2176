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

    private const int NamedInSummary = 4;

    /// <summary>Builds the answer; with <paramref name="topic"/> ("coding") only that topic's leaderboards are given.</summary>
    public Answer Build(Model model, IReadOnlyList<LeaderboardReport> reports, string? topic = null, bool last = false)
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
                    };
                    standings.Add(standing);
                    cited.AddAll(standing.Entry.Figures);
                    if (standing.Other is { } other)
                    {
                        cited.AddAll(other.Figures);
                    }
                }
            }
        }

        var sources = new SourceNumbering(cited.Sources);
        var figures = new FigureCollector(sources, standings.Count * 3);
        var leads = new List<AnswerRow>();
        var trails = new List<AnswerRow>();
        foreach (var standing in standings)
        {
            figures.Add(standing.Benchmark, model, standing.Entry.Figures);
            if (standing.Other is { } other)
            {
                figures.Add(standing.Benchmark, other.Model, other.Figures);
            }

            (standing.Leads ? leads : trails).Add(standing.Leads ? LeadRow(standing, sources) : TrailRow(standing, sources));
        }

        var tables = new List<AnswerTable>(2);
        if (leads.Count > 0)
        {
            tables.Add(new AnswerTable { Caption = LeadsCaption, Columns = LeadsColumns, Rows = leads });
        }

        if (trails.Count > 0)
        {
            tables.Add(new AnswerTable { Caption = TrailsCaption, Columns = TrailsColumns, Rows = trails });
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = last ? $"Where {model.Name} ranks last"
                : standings.Any(s => s.Leads && !s.Section.ModeRuns) || standings.Count == 0 ? (topic is null ? $"Where {model.Name} leads" : $"Where {model.Name} leads on {topic} benchmarks")
                : topic is null ? $"Where {model.Name} stands" : $"Where {model.Name} stands on {topic} benchmarks",
            Summary = last ? LastSummary(model, standings) : Summary(model, standings, topic),
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
        public string Label => FigureText.BenchmarkWithSetting(Benchmark.Name,
            BesideOtherSettings ? FigureText.SettingLabel(Section.Setting) : Section.Setting);

        /// <summary>Whether the model ranks first (alone or tied).</summary>
        public bool Leads => Entry.Rank == 1;

        /// <summary>When leading: the runner-up (or a co-leader on a tie), null when alone; otherwise the leader.</summary>
        public LeaderboardEntry? Other => Leads
            ? Section.Entries.FirstOrDefault(e => e.Model.Id != Entry.Model.Id)
            : Section.Entries[0];
    }
}
