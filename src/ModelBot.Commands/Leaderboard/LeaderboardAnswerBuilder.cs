using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Leaderboard;

/// <summary>
/// Lays out a <see cref="LeaderboardReport"/>: one ranked table per setting (rank, model, value, evaluator), a summary
/// of who leads and by how much, lower-is-better noted, models without a figure listed.
/// </summary>
public sealed partial class LeaderboardAnswerBuilder
{
    /// <summary>The columns of every leaderboard table.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Rank", "Model", "Value", "Evaluator"];

    /// <summary>The index of the value column (the one a bar chart draws).</summary>
    public const int ValueColumn = 2;

    /// <summary>
    /// Builds the answer; <paramref name="command"/> is "benchmark", or "ask" when a question led here. With
    /// <paramref name="focus"/> the summary first says where that model stands ("Muse Spark ranks 4th of 4 with 42.5%.").
    /// </summary>
    public Answer Build(
        LeaderboardReport report, string command = CommandNames.Benchmark, Model? focus = null, Core.Phrasing.EvaluatorWords? evaluator = null, int? top = null, bool explain = false, int? bottom = null, int? place = null, bool spread = false)
    {
        if (place is { } wanted)
        {
            return Build(report, command, focus, evaluator, null, explain) with { Summary = Placed(report, wanted) };
        }

        if (spread)
        {
            return Build(report, command, focus, evaluator, null, explain) with { Summary = Spread(report) };
        }

        if (bottom is { } worst)
        {
            return Build(report, command, focus, evaluator, top, explain) with { Summary = Worst(report, worst, evaluator) };
        }

        if (top is { } count)
        {
            // "top 3 on GPQA": each standard ranking cut to its first places (ties at the cut stay).
            report = report with { Sections = [.. report.Sections.Select(s => s.ModeRuns ? s : s with { Entries = [.. s.Entries.Where(e => e.Rank <= count)] })] };
        }

        var benchmark = report.Benchmark;
        var sources = new SourceNumbering(report.Sources);
        var figureCount = 0;
        foreach (var section in report.Sections)
        {
            figureCount += section.Entries.Count;
        }

        var figures = new FigureCollector(sources, Math.Min(figureCount, MaximumRows * report.Sections.Count) + 2);
        var tables = new AnswerTable[report.Sections.Count];
        for (var s = 0; s < report.Sections.Count; s++)
        {
            tables[s] = Table(benchmark, report.Sections[s], SettingMatchCount(report.Sections) > 1, sources, figures);
            if (report.Sections[s].Entries.Count > MaximumRows)
            {
                figures.Note($"{tables[s].Caption} lists the first {MaximumRows} of {report.Sections[s].Entries.Count:N0} entrants; ask where a model ranks, or for the top or bottom few.");
            }
        }

        foreach (var section in report.Sections)
        {
            foreach (var entry in section.ModeRuns ? section.Entries : [])
            {
                if (PossiblySameRun(report, section, entry) is var (otherSection, other) && section.Setting.CompareTo(otherSection.Setting) < 0)
                {
                    figures.Note(PossibleConflict(benchmark, section, entry, otherSection, other, sources));
                }
            }
        }

        for (var s = 0; s < report.Sections.Count; s++)
        {
            if (MixedProvenance(benchmark, report.Sections[s], sources) is { } mixed)
            {
                figures.Note(mixed);
            }
        }

        if (report.MissingModels.Count > 0)
        {
            // A page of them and a count: a benchmark of a large dataset has thousands of models without a figure.
            var named = report.MissingModels is MissingModels missing ? missing.Page(0, MaximumMissingNamed) : [.. report.MissingModels.Take(MaximumMissingNamed)];
            var more = report.MissingModels.Count - named.Count;
            figures.Note($"No figure on {benchmark.Name} for: {string.Join(", ", named.Select(m => m.Name))}{(more > 0 ? $" and {more:N0} more" : "")}.");
        }

        return new Answer
        {
            Ok = true,
            Command = command,
            Title = Title(report, evaluator, top),
            Summary = (Opening(report, evaluator, top, explain) + (top is not null ? ModeRunsOnly(report) : focus is null || LeadsEverySection(report, focus) ? Summary(report, ModeRunsFor(report, focus)) : string.Concat(Standing(report, focus), " ", Summary(report, ModeRunsFor(report, focus) && report.Mode is null)))).TrimEnd(),
            Facts = Facts(benchmark),
            Tables = tables,
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    /// <summary>
    /// A note when one ranking sets side by side figures that come from different articles or evaluators (HLE without
    /// tools: Meta's table beside an article that names no evaluator): they were not necessarily measured the same way,
    /// which a reader comparing places should know. Null when every ranked figure has one source and one evaluator.
    /// </summary>
    private string? MixedProvenance(Benchmark benchmark, LeaderboardSection section, SourceNumbering sources)
    {
        // The ranking's sources and evaluators are gathered once per ranking (its entries never change), not per answer.
        var (sourceIds, evaluators) = _provenance.GetValue(section.Entries, static entries =>
        {
            var ids = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var names = new List<string>();
            foreach (var entry in entries)
            {
                if (seen.Add(entry.Figure.Source))
                {
                    ids.Add(entry.Figure.Source);
                }

                if (!names.Contains(entry.Figure.Evaluator, StringComparer.Ordinal))
                {
                    names.Add(entry.Figure.Evaluator);
                }
            }

            return Tuple.Create(ids, names);
        });
        var numbers = new SortedSet<int>();
        foreach (var id in sourceIds)
        {
            numbers.Add(sources.Number(id));
        }

        if (numbers.Count < 2 && evaluators.Count < 2)
        {
            return null;
        }

        var what = numbers.Count > 1 && evaluators.Count > 1 ? $"{numbers.Count} articles (sources {string.Join(", ", numbers)}) and {evaluators.Count} evaluators ({string.Join(", ", evaluators)})"
            : numbers.Count > 1 ? $"{numbers.Count} articles (sources {string.Join(", ", numbers)})"
            : $"{evaluators.Count} evaluators ({string.Join(", ", evaluators)})";
        return $"{FigureText.BenchmarkWithSetting(benchmark.Name, section.Setting)} ranks figures from {what}; they were not necessarily measured the same way.";
    }

    /// <summary>
    /// The most rows one ranking's table carries (five Discord pages, four Slack pages): a benchmark of a large dataset
    /// ranks thousands of models, and an answer carries what chat can show plus a count, not every row.
    /// </summary>
    public const int MaximumRows = 100;

    /// <summary>The most models the "no figure" note names before it gives a count.</summary>
    public const int MaximumMissingNamed = 25;

    // The builder's own, weakly keyed by a ranking's entries: kept as long as the dataset version that made them.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<LeaderboardEntry>, Tuple<List<string>, List<string>>> _provenance = [];

    private static AnswerTable Table(Benchmark benchmark, LeaderboardSection section, bool severalSettings, SourceNumbering sources, FigureCollector figures)
    {
        var rows = new AnswerRow[Math.Min(section.Entries.Count, MaximumRows)];
        var measure = FigureText.Measure(benchmark);
        for (var i = 0; i < rows.Length; i++)
        {
            var entry = section.Entries[i];
            figures.Add(benchmark, entry.Model, entry.Figures);
            var figure = entry.Figure;
            rows[i] = new AnswerRow(
            [
                new AnswerCell(RankText(entry.Rank)),
                new AnswerCell(entry.Label),
                new AnswerCell(FigureValueText.Of(figure, benchmark.Unit), figure.Value, entry.Rank == 1 && !(section.ModeRuns && section.Entries.Count == 1), sources.Numbers(entry.Figures), figure.Disputed) { Approximate = figure.Approximate },
                new AnswerCell(Evaluators(entry.Figures)),
            ]) { Measure = measure };
        }

        return new AnswerTable
        {
            // Beside "(no tools)" or "(with tools)", a figure whose source names no setting says so rather than look like the whole benchmark.
            Caption = Caption(benchmark, section, severalSettings),
            Columns = Columns,
            Rows = rows,
            ChartColumn = ValueColumn,
        };
    }

    /// <summary>"HLE (no tools)", "HLE (no tools, special modes)"; a default section beside others "(setting not stated)".</summary>
    internal static string Caption(Benchmark benchmark, LeaderboardSection section, bool severalSettings)
    {
        var setting = !FigureText.IsDefaultSetting(section.Setting) ? section.Setting
            : severalSettings ? FigureText.SettingNotStated
            : null;
        if (section.ModeRuns)
        {
            setting = setting is null ? SpecialModes : string.Concat(setting, ", ", SpecialModes);
        }

        return setting is null ? benchmark.Name : string.Concat(benchmark.Name, " (", setting, ")");
    }

    /// <summary>How answers name a section of runs in special modes (Contemplating, Deep Think).</summary>
    public const string SpecialModes = "special modes";

    private static string RankText(int rank) => rank switch
    {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Who ran the figures: one evaluator, or each once in order.</summary>
    internal static string Evaluators(IReadOnlyList<Result> figures)
    {
        if (figures.Count == 1 || AllSameEvaluator(figures))
        {
            return figures[0].Evaluator;
        }

        return string.Join(", ", figures.Select(f => f.Evaluator).Distinct(StringComparer.Ordinal));
    }

    private static bool AllSameEvaluator(IReadOnlyList<Result> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            if (!string.Equals(figures[i].Evaluator, figures[0].Evaluator, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static AnswerFact[] Facts(Benchmark benchmark) =>
    [
        new("Measures", benchmark.Measures, []),
        new("Metric", string.Concat(benchmark.Metric, " (", FigureText.Unit(benchmark.Unit), ")"), []),
        new("Better", benchmark.Direction == Direction.LowerIsBetter ? "lower" : "higher", []),
        .. benchmark.Category is { } category ? [new AnswerFact("Category", category, [])] : Array.Empty<AnswerFact>(),
    ];

    /// <summary>
    /// Whether every figure of <paramref name="focus"/> ranks first, in every setting (in each of its modes too), which
    /// the summary then already says.
    /// </summary>
    private static bool LeadsEverySection(LeaderboardReport report, Model focus)
    {
        var standard = 0;
        foreach (var section in report.Sections)
        {
            var entries = section.Entries.Where(e => e.Model.Id == focus.Id).ToList();
            if (section.ModeRuns)
            {
                // Its own special-mode run is a standing the summary does not give; others' are ranked apart anyway.
                if (entries.Count > 0)
                {
                    return false;
                }

                continue;
            }

            standard++;
            if (entries.Count == 0 || entries.Any(e => e.Rank != 1))
            {
                return false;
            }
        }

        return standard > 0;
    }

    /// <summary>"Muse Spark ranks 4th of 4 with 42.5%." per setting, or that the dataset has no figure for it.</summary>
    private static string Standing(LeaderboardReport report, Model focus)
    {
        var text = new StringBuilder(120);
        var showSetting = SettingMatchCount(report.Sections) > 1;
        // "Muse Spark on HLE in Contemplating mode": its runs in that mode are the answer; its standard runs are the table's.
        var modeOnly = report.Mode is not null && report.Sections.Any(s => s.ModeRuns && s.Entries.Any(e => e.Model.Id == focus.Id));
        if (report.Mode is { } mode && !modeOnly)
        {
            text.Append("The dataset has no ").Append(mode).Append("-mode run of **").Append(focus.Name).Append("** on ").Append(report.Benchmark.Name).Append("; ");
        }
        foreach (var section in report.Sections)
        {
            if (modeOnly && !section.ModeRuns)
            {
                continue;
            }

            foreach (var entry in section.Entries)
            {
                if (entry.Model.Id != focus.Id)
                {
                    continue;
                }

                text.Append(text.Length == 0 ? "**" + focus.Name + "** " : text[^2] == ';' ? "its standard runs: " : "; ");
                if (section.ModeRuns)
                {
                    // Not a place among the standard runs: said as what it is.
                    text.Append("has a ").Append(entry.Mode ?? "special").Append("-mode run of ").Append(FigureText.Value(entry.Figure, report.Benchmark.Unit));
                    if (!FigureText.IsDefaultSetting(section.Setting))
                    {
                        text.Append(" (").Append(section.Setting).Append(')');
                    }

                    text.Append(", ranked apart from standard runs");
                    if (PossiblySameRun(report, section, entry) is not null)
                    {
                        text.Append(PossibleConflictFlag);
                    }

                    text.Append(AgainstStandardRuns(report, section, entry));
                    continue;
                }

                text.Append(section.Entries.Count == 1 ? "has the only standard figure, " : "ranks " + FigureText.Ordinal(entry.Rank) + " of " + section.Entries.Count + " with ")
                    .Append(FigureText.Value(entry.Figure, report.Benchmark.Unit));

                if (showSetting)
                {
                    text.Append(" (").Append(FigureText.SettingLabel(section.Setting)).Append(')');
                }

                if (entry.Rank > 1 && section.Entries.FirstOrDefault(e => !e.IsDisputed) is { } leader && leader.Rank == 1)
                {
                    // How far from the lead is what "how does X do?" asks next.
                    text.Append(", ").Append(FigureText.Difference(entry.Figure, leader.Figure, report.Benchmark.Unit))
                        .Append(report.Benchmark.Direction == Direction.LowerIsBetter ? " more than **" : " behind **").Append(leader.Label).Append("**");
                }
            }
        }

        return text.Length == 0
            ? $"The dataset has no {report.Benchmark.Name} figure for **{focus.Name}**." + NoteAbout(report.Benchmark, focus)
            : text.Append('.').ToString();
    }

    /// <summary>What a "default" section is called beside other settings: the data's word for "the source gives none".</summary>

    /// <summary>
    /// " The benchmark's notes: “DeepSeek V4 Pro's entry in that column is marked (general) …”": what the dataset says of a
    /// model it has no figure for on this benchmark, the nearest statement to the figure asked for. Empty when none.
    /// </summary>
    private static string NoteAbout(Benchmark benchmark, Model focus)
    {
        if (benchmark.Notes is not { Length: > 0 } notes)
        {
            return "";
        }

        foreach (var sentence in notes.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (sentence.Contains(focus.Name, StringComparison.OrdinalIgnoreCase))
            {
                return $" The benchmark's notes: “{sentence.TrimEnd('.')}.”";
            }
        }

        return "";
    }

    private static string Summary(LeaderboardReport report, bool withModeRuns = true)
    {
        if (report.Sections.Count == 0)
        {
            return $"The dataset has no figures for {report.Benchmark.Name}.";
        }

        var text = new StringBuilder(200);
        var standard = report.Sections.Where(s => !s.ModeRuns).ToList();
        var modeRuns = report.Sections.Where(s => s.ModeRuns).ToList();
        var showSetting = SettingMatchCount(report.Sections) > 1;
        foreach (var section in standard)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            AppendSection(report.Benchmark, section, showSetting, text);
        }

        if (report.Mode is { } asked && modeRuns.Count > 0 && withModeRuns)
        {
            // "HLE in Contemplating mode": the mode's runs are the answer, the standard runs the scale beside them.
            text.Clear().Append(ModeRunsFirst(report, asked, modeRuns));
            if (standard.Count > 0)
            {
                text.Append(" Standard runs:");
                foreach (var section in standard)
                {
                    text.Append(' ');
                    AppendSection(report.Benchmark, section, showSetting, text);
                }
            }
        }
        else if (modeRuns.Count > 0)
        {
            if (standard.Count == 0)
            {
                // Only special-mode runs asked for ("HLE in contemplating mode"): they are the ranking, named as such.
                foreach (var section in modeRuns)
                {
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    text.Append("Among special-mode runs").Append(FigureText.IsDefaultSetting(section.Setting) ? "" : " (" + section.Setting + ")").Append(", ");
                    AppendSection(report.Benchmark, section, showSetting: false, text);
                }
            }
            else if (withModeRuns)
            {
                AppendModeRuns(report, modeRuns, text);
            }
        }

        if (report.Benchmark.Direction == Direction.LowerIsBetter)
        {
            text.Append(" Lower is better.");
        }

        return text.ToString();
    }

    private static int SettingMatchCount(IReadOnlyList<LeaderboardSection> sections) =>
        sections.Select(s => s.Setting).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    private static void AppendSection(Benchmark benchmark, LeaderboardSection section, bool showSetting, StringBuilder text)
    {
        if (showSetting)
        {
            text.Append(Capitalised(FigureText.SettingLabel(section.Setting))).Append(": ");
        }

        var entries = section.Entries;
        if (entries.Count == 0)
        {
            text.Append("no figures.");
            return;
        }

        // A figure the official table contradicts never leads a headline: the lead goes to the best undisputed figure.
        var undisputed = entries.Where(e => !e.IsDisputed).ToList();
        if (undisputed.Count == 0)
        {
            text.Append("only disputed figures (see notes).");
            return;
        }

        if (undisputed.Count < entries.Count)
        {
            entries = undisputed;
        }

        var leader = entries[0];
        var value = FigureValueText.Of(leader.Figure, benchmark.Unit);
        var tied = 1;
        while (tied < entries.Count && entries[tied].Figure.Value.Equals(leader.Figure.Value))
        {
            tied++;
        }

        if (tied > 1)
        {
            text.Append(string.Join(" and ", entries.Take(tied).Select(e => "**" + e.Label + "**"))).Append(" tie for the lead at ").Append(value).Append('.');
            return;
        }

        text.Append("**").Append(leader.Label).Append("** leads with ").Append(value);
        if (entries.Count == 1)
        {
            text.Append(section.ModeRuns ? ", the only figure." : ", the only standard run.");
            return;
        }

        var next = entries[1];
        text.Append(", ").Append(FigureText.Difference(leader.Figure, next.Figure, benchmark.Unit))
            .Append(benchmark.Direction == Direction.LowerIsBetter ? " fewer than **" : " ahead of **")
            .Append(next.Label).Append("** (").Append(FigureValueText.Of(next.Figure, benchmark.Unit)).Append(").");
    }

    private static string Capitalised(string setting) =>
        setting.Length == 0 || char.IsUpper(setting[0]) ? setting : string.Concat(char.ToUpperInvariant(setting[0]).ToString(), setting.AsSpan(1));
}
