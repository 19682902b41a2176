using System.Text;
using ModelBot.Commands.Building;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Compare;

/// <summary>
/// "on which benchmarks does Gemini 3.1 Pro beat GPT-5.4?": the shared rows where the one model is ahead of the other,
/// each with both figures, then the ties and how many rows go the other way. Standard runs only, like every headline.
/// </summary>
public static class ComparisonWins
{
    /// <summary>The headline for two compared models, or null when the report does not compare exactly two.</summary>
    public static string? Summary(ComparisonReport report, string winnerId)
    {
        if (report.Models.Count != 2 || report.Models.All(m => m.Id != winnerId))
        {
            return null;
        }

        var w = report.Models[0].Id == winnerId ? 0 : 1;
        var (winner, other) = (report.Models[w], report.Models[1 - w]);
        var ahead = report.Rows.Where(r => r.LeaderIds.Count == 1 && r.LeaderIds[0] == winnerId).ToList();
        var level = report.Rows.Where(r => r.LeaderIds.Count > 1).ToList();
        var behind = report.Rows.Count - ahead.Count - level.Count;
        var text = new StringBuilder(400);
        if (report.Rows.Count == 0)
        {
            return $"**{winner.Name}** and **{other.Name}** share no benchmark row with a standard figure for both.";
        }

        if (ahead.Count == 0)
        {
            text.Append("**").Append(winner.Name).Append("** is ahead of **").Append(other.Name).Append("** on none of the ")
                .Append(report.Rows.Count).Append(" shared benchmark rows.");
        }
        else
        {
            text.Append("**").Append(winner.Name).Append("** is ahead of **").Append(other.Name).Append("** on ")
                .Append(ahead.Count).Append(" of ").Append(report.Rows.Count).Append(" shared benchmark rows: ");
            for (var i = 0; i < ahead.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(Pair(report, ahead[i], w));
            }

            text.Append('.');
        }

        if (level.Count > 0)
        {
            text.Append(" Level on ").Append(string.Join(", ", level.Select(r => $"{Label(report, r)} ({FigureValueText.Of(r.Cells[w].Figure!, r.Benchmark.Unit)})"))).Append('.');
        }

        if (behind > 0)
        {
            text.Append(" **").Append(other.Name).Append("** is ahead on the other ").Append(behind).Append('.');
        }

        return text.ToString();
    }

    /// <summary>"MMMU Pro 83.9% vs 81.2%"; "(lower is better)" where fewer wins.</summary>
    private static string Pair(ComparisonReport report, ComparisonRow row, int winner) =>
        $"{Label(report, row)} {FigureValueText.Of(row.Cells[winner].Figure!, row.Benchmark.Unit)} vs {FigureValueText.Of(row.Cells[1 - winner].Figure!, row.Benchmark.Unit)}"
        + (row.Benchmark.Direction == Direction.LowerIsBetter ? " (lower is better)" : "");

    /// <summary>"HLE (no tools)"; beside other settings of the same benchmark, a row whose source names none says so.</summary>
    private static string Label(ComparisonReport report, ComparisonRow row) =>
        FigureText.BenchmarkWithSetting(row.Benchmark.Name, row.Setting, besideOtherSettings: report.Rows.Count(r => r.Benchmark.Id == row.Benchmark.Id) > 1);
}
