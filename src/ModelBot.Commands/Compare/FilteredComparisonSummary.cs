using System.Text;
using ModelBot.Commands.Building;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Compare;

/// <summary>
/// The summary of a comparison limited to one benchmark ("/compare a b on hle") or a topic ("… on coding") in which
/// no row has a figure for every model: says who has a figure there and who has none (never "they share no
/// benchmark", which is about the whole dataset) and points to the leaderboard for the rest of the field.
/// </summary>
internal static class FilteredComparisonSummary
{
    /// <summary>The summary, or null when <paramref name="report"/> is not filtered or has a shared row.</summary>
    public static string? For(ComparisonReport report, string? topic)
    {
        if (report.Rows.Count > 0 || (report.Benchmark is null && topic is null))
        {
            return null;
        }

        var on = report.Benchmark is { } only ? only.Name : $"the {topic} benchmarks";
        var with = new List<Model>(report.Models.Count);
        var without = new List<Model>(report.Models.Count);
        foreach (var model in report.Models)
        {
            (HasFigure(report, model) ? with : without).Add(model);
        }

        var text = new StringBuilder(200);
        if (with.Count == 0)
        {
            text.Append(report.Models.Count == 2 ? "Neither " : "None of ");
            AppendNames(text, report.Models, report.Models.Count == 2 ? " nor " : " or ");
            text.Append(" has a figure on ").Append(on).Append('.');
        }
        else if (with.Count == 1)
        {
            var figures = Figures(report, with[0]);
            text.Append("Only ");
            AppendNames(text, with, " and ");
            text.Append(" has ").Append(figures.Count == 1 ? "a figure" : "figures").Append(" on ").Append(on).Append(": ")
                .AppendJoin(", ", figures).Append("; ");
            AppendNames(text, without, " and ");
            text.Append(without.Count == 1 ? " has none." : " have none.");
        }
        else if (without.Count > 0 && AnyRowWithSeveral(report))
        {
            // Some models are side by side in the table; the others have nothing there.
            text.Append("Only ");
            AppendNames(text, with, " and ");
            text.Append(" have figures on ").Append(on).Append("; ");
            AppendNames(text, without, " and ");
            text.Append(without.Count == 1 ? " has none." : " have none.");
        }
        else
        {
            AppendNames(text, with, " and ");
            text.Append(" have figures on ").Append(on).Append(report.Benchmark is null ? ", but not on the same benchmark and setting" : ", but not in the same setting")
                .Append(", so nothing is side by side; the figures are listed below.");
            if (without.Count > 0)
            {
                text.Append(' ');
                AppendNames(text, without, " and ");
                text.Append(without.Count == 1 ? " has none." : " have none.");
            }
        }

        // The figures the models that have them do give, best first: who wins among them is still the answer.
        foreach (var row in report.PartialRows.Where(r => r.Cells.Count(c => c.Figure is not null) >= 2))
        {
            var cells = row.Cells.Where(c => c.Figure is not null).ToList();
            cells.Sort((a, b) => row.Benchmark.Direction == Direction.LowerIsBetter ? a.Figure!.Value.CompareTo(b.Figure!.Value) : b.Figure!.Value.CompareTo(a.Figure!.Value));
            text.Append(' ').Append(FigureText.BenchmarkWithSetting(row.Benchmark.Name, row.Setting)).Append(": ")
                .Append(string.Join(", ", cells.Select(c => "**" + c.Model.Name + "** " + FigureValueText.Of(c.Figure!, row.Benchmark.Unit)))).Append('.');
        }

        text.Append(report.Benchmark is { } benchmark
            ? $" See /benchmark {benchmark.Id} for the whole leaderboard."
            : $" Ask “best model for {topic}” for who leads them.");
        return text.ToString();
    }

    /// <summary>Whether some row has figures for two or more of the models.</summary>
    private static bool AnyRowWithSeveral(ComparisonReport report)
    {
        foreach (var row in report.PartialRows)
        {
            var withFigure = 0;
            foreach (var cell in row.Cells)
            {
                withFigure += cell.Figure is null ? 0 : 1;
            }

            if (withFigure >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFigure(ComparisonReport report, Model model)
    {
        foreach (var row in report.PartialRows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Model.Id == model.Id && cell.Figure is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"42.8% (no tools)" per row for one benchmark, "42.8% on HealthBench Hard" per row for a topic.</summary>
    private static List<string> Figures(ComparisonReport report, Model model)
    {
        var figures = new List<string>();
        foreach (var row in report.PartialRows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Model.Id != model.Id || cell.Figure is not { } figure)
                {
                    continue;
                }

                var value = FigureText.Value(figure, row.Benchmark.Unit);
                // Beside figures with a setting, one whose source names none says so (as the leaderboard does).
                // The figure's own setting: one in the model's own mode sits in its base row ("with tools, Contemplating").
                var setting = !FigureText.IsDefaultSetting(figure.Setting) ? figure.Setting
                    : report.PartialRows.Any(r => r.Benchmark.Id == row.Benchmark.Id && !FigureText.IsDefaultSetting(r.Setting)) ? FigureText.SettingNotStated
                    : null;
                var inSetting = setting is null ? "" : $" ({setting})";
                figures.Add(report.Benchmark is not null ? value + inSetting : $"{value} on {row.Benchmark.Name}{inSetting}");
            }
        }

        return figures;
    }

    /// <summary>"**A**", "**A** and **B**", "**A**, **B** and **C**" (or with <paramref name="last"/> as the last joint).</summary>
    private static void AppendNames(StringBuilder text, IReadOnlyList<Model> models, string last)
    {
        for (var i = 0; i < models.Count; i++)
        {
            text.Append(i == 0 ? "" : i == models.Count - 1 ? last : ", ").Append("**").Append(models[i].Name).Append("**");
        }
    }
}
