using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Building;

/// <summary>
/// Lays out a <see cref="LeaderboardReport"/>: one ranked table per setting (rank, model, value, evaluator), a summary
/// of who leads and by how much, lower-is-better noted, models without a figure listed.
/// </summary>
public sealed class LeaderboardAnswerBuilder
{
    /// <summary>The columns of every leaderboard table.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Rank", "Model", "Value", "Evaluator"];

    /// <summary>The index of the value column (the one a bar chart draws).</summary>
    public const int ValueColumn = 2;

    /// <summary>
    /// Builds the answer; <paramref name="command"/> is "benchmark", or "ask" when a question led here. With
    /// <paramref name="focus"/> the summary first says where that model stands ("Muse Spark ranks 4th of 4 with 42.5%.").
    /// </summary>
    public Answer Build(LeaderboardReport report, string command = CommandNames.Benchmark, Model? focus = null)
    {
        var benchmark = report.Benchmark;
        var sources = new SourceNumbering(report.Sources);
        var figureCount = 0;
        foreach (var section in report.Sections)
        {
            figureCount += section.Entries.Count;
        }

        var figures = new FigureCollector(sources, figureCount + 2);
        var tables = new AnswerTable[report.Sections.Count];
        for (var s = 0; s < report.Sections.Count; s++)
        {
            tables[s] = Table(benchmark, report.Sections[s], report.Sections.Count > 1, sources, figures);
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
            figures.Note($"No figure on {benchmark.Name} for: {string.Join(", ", report.MissingModels.Select(m => m.Name))}.");
        }

        return new Answer
        {
            Ok = true,
            Command = command,
            Title = report.Setting is null ? benchmark.Name + " leaderboard" : string.Concat(benchmark.Name, " leaderboard (", report.Setting, ")"),
            Summary = focus is null || LeadsEverySection(report, focus) ? Summary(report) : string.Concat(Standing(report, focus), " ", Summary(report)),
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
    private static string? MixedProvenance(Benchmark benchmark, LeaderboardSection section, SourceNumbering sources)
    {
        var numbers = new SortedSet<int>();
        var evaluators = new List<string>();
        foreach (var entry in section.Entries)
        {
            numbers.Add(sources.Number(entry.Figure.Source));
            if (!evaluators.Contains(entry.Figure.Evaluator, StringComparer.Ordinal))
            {
                evaluators.Add(entry.Figure.Evaluator);
            }
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

    private static AnswerTable Table(Benchmark benchmark, LeaderboardSection section, bool severalSettings, SourceNumbering sources, FigureCollector figures)
    {
        var rows = new AnswerRow[section.Entries.Count];
        for (var i = 0; i < section.Entries.Count; i++)
        {
            var entry = section.Entries[i];
            figures.Add(benchmark, entry.Model, entry.Figures);
            var figure = entry.Figure;
            rows[i] = new AnswerRow(
            [
                new AnswerCell(RankText(entry.Rank)),
                new AnswerCell(entry.Label),
                new AnswerCell(FigureValueText.Of(figure, benchmark.Unit), figure.Value, entry.Rank == 1, sources.Numbers(entry.Figures), figure.Disputed),
                new AnswerCell(Evaluators(entry.Figures)),
            ]);
        }

        return new AnswerTable
        {
            // Beside "(no tools)" or "(with tools)", a figure whose source names no setting says so rather than look like the whole benchmark.
            Caption = !FigureText.IsDefaultSetting(section.Setting) ? string.Concat(benchmark.Name, " (", section.Setting, ")")
                : severalSettings ? string.Concat(benchmark.Name, " (", FigureText.SettingNotStated, ")")
                : benchmark.Name,
            Columns = Columns,
            Rows = rows,
            ChartColumn = ValueColumn,
        };
    }

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
        foreach (var section in report.Sections)
        {
            var entries = section.Entries.Where(e => e.Model.Id == focus.Id).ToList();
            if (entries.Count == 0 || entries.Any(e => e.Rank != 1))
            {
                return false;
            }
        }

        return report.Sections.Count > 0;
    }

    /// <summary>"Muse Spark ranks 4th of 4 with 42.5%." per setting, or that the dataset has no figure for it.</summary>
    private static string Standing(LeaderboardReport report, Model focus)
    {
        var text = new StringBuilder(120);
        var showSetting = report.Sections.Count > 1;
        foreach (var section in report.Sections)
        {
            foreach (var entry in section.Entries)
            {
                if (entry.Model.Id != focus.Id)
                {
                    continue;
                }

                text.Append(text.Length == 0 ? "**" + focus.Name + "** ranks " : "; ")
                    .Append(Ordinal(entry.Rank)).Append(" of ").Append(section.Entries.Count)
                    .Append(" with ").Append(FigureText.Value(entry.Figure, report.Benchmark.Unit));
                // A place won in one of the model's modes always names it ("no tools, Contemplating").
                if (showSetting || entry.Mode is not null)
                {
                    var setting = FigureText.EntrySetting(section, entry);
                    text.Append(" (").Append(FigureText.IsDefaultSetting(setting) ? FigureText.SettingNotStated : setting).Append(')');
                }
            }
        }

        return text.Length == 0
            ? $"The dataset has no {report.Benchmark.Name} figure for **{focus.Name}**."
            : text.Append('.').ToString();
    }

    /// <summary>What a "default" section is called beside other settings: the data's word for "the source gives none".</summary>

    private static string Ordinal(int rank) => (rank % 100) switch
    {
        11 or 12 or 13 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rank}th"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rank}{(rank % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }}"),
    };

    private static string Summary(LeaderboardReport report)
    {
        if (report.Sections.Count == 0)
        {
            return $"The dataset has no figures for {report.Benchmark.Name}.";
        }

        var text = new StringBuilder(200);
        var showSetting = report.Sections.Count > 1;
        foreach (var section in report.Sections)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            AppendSection(report.Benchmark, section, showSetting, text);
        }

        if (report.Benchmark.Direction == Direction.LowerIsBetter)
        {
            text.Append(" Lower is better.");
        }

        return text.ToString();
    }

    private static void AppendSection(Benchmark benchmark, LeaderboardSection section, bool showSetting, StringBuilder text)
    {
        if (showSetting)
        {
            text.Append(Capitalised(FigureText.IsDefaultSetting(section.Setting) ? FigureText.SettingNotStated : section.Setting)).Append(": ");
        }

        var entries = section.Entries;
        if (entries.Count == 0)
        {
            text.Append("no figures.");
            return;
        }

        var leader = entries[0];
        var value = FigureValueText.Of(leader.Figure, benchmark.Unit);
        var tied = 1;
        while (tied < entries.Count && entries[tied].Rank == 1)
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
            text.Append(", the only figure.");
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
