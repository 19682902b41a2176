using System.Globalization;
using System.Text;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;
using ModelBot.Core.Queries;

namespace ModelBot.Core.Importing;

/// <summary>
/// What a change to the dataset does to the answers a team sees (<c>modelbot data diff &lt;old&gt; &lt;new&gt;</c>):
/// figures added, changed and removed (per source, model, benchmark and setting), leaders that change on a ranking, and
/// conflicts between sources that the change creates; as markdown for a pull request.
/// </summary>
public static class DatasetDiff
{
    /// <summary>The differences of <paramref name="newer"/> from <paramref name="older"/> as markdown.</summary>
    public static string Markdown(CuratedDataset older, CuratedDataset newer)
    {
        var before = Cells(older);
        var after = Cells(newer);
        var added = after.Keys.Where(k => !before.ContainsKey(k)).Select(k => after[k]).ToList();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).Select(k => before[k]).ToList();
        var changed = after.Keys.Where(k => before.TryGetValue(k, out var old) && !old.Value.Equals(after[k].Value)).Select(k => (Old: before[k], New: after[k])).ToList();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### Dataset changes\n\n{newer.Models.Count - older.Models.Count:+#;-#;0} models, {newer.Benchmarks.Count - older.Benchmarks.Count:+#;-#;0} benchmarks, {newer.Sources.Count - older.Sources.Count:+#;-#;0} sources; figures: {added.Count} added, {changed.Count} changed, {removed.Count} removed.\n");
        Section(text, "Figures added", ["Source", "Model", "Benchmark", "Setting", "Value"], added.Select(r => Row(r, Value(r))));
        Section(text, "Figures changed", ["Source", "Model", "Benchmark", "Setting", "Value"], changed.Select(c => Row(c.New, $"{Value(c.Old)} → {Value(c.New)}")));
        Section(text, "Figures removed", ["Source", "Model", "Benchmark", "Setting", "Value"], removed.Select(r => Row(r, Value(r))));

        var leaders = Leaders(new DatasetSnapshot(older, 1, DateTimeOffset.UnixEpoch).Queries);
        var newLeaders = Leaders(new DatasetSnapshot(newer, 2, DateTimeOffset.UnixEpoch).Queries);
        var leaderChanges = new List<string[]>();
        foreach (var (key, leader) in newLeaders)
        {
            var old = leaders.GetValueOrDefault(key);
            if (old != leader)
            {
                leaderChanges.Add([key.Benchmark, key.Setting, old ?? "—", leader]);
            }
        }

        foreach (var (key, leader) in leaders)
        {
            if (!newLeaders.ContainsKey(key))
            {
                leaderChanges.Add([key.Benchmark, key.Setting, leader, "—"]);
            }
        }

        Section(text, "Leaders that change", ["Benchmark", "Setting", "Before", "After"], leaderChanges);

        var oldConflicts = Conflicts(older);
        var conflicts = Conflicts(newer).Where(c => !oldConflicts.ContainsKey(c.Key)).ToList();
        Section(text, "New conflicts between sources", ["Model", "Benchmark", "Setting", "Figures"], conflicts.Select(c => new[] { c.Key.Model, c.Key.Benchmark, c.Key.Setting, c.Value }));
        return text.ToString();
    }

    private static Dictionary<(string Source, string Model, string Benchmark, string Setting), Result> Cells(CuratedDataset dataset)
    {
        var cells = new Dictionary<(string, string, string, string), Result>();
        foreach (var result in dataset.Results)
        {
            cells.TryAdd((result.Source, result.Model, result.Benchmark, NameKey.Normalize(result.Setting)), result);
        }

        return cells;
    }

    /// <summary>Who leads each standard ranking (benchmark and setting), ties joined.</summary>
    private static Dictionary<(string Benchmark, string Setting), string> Leaders(QueryIndex index)
    {
        var leaders = new Dictionary<(string, string), string>();
        foreach (var (benchmark, report) in index.Leaderboards)
        {
            foreach (var section in report.Sections)
            {
                if (section.ModeRuns || section.Entries.Count == 0)
                {
                    continue;
                }

                var first = section.Entries.Where(e => e.Rank == 1).Select(e => $"{e.Label} ({e.Figure.Value.ToString(CultureInfo.InvariantCulture)})");
                leaders[(benchmark, section.Setting)] = string.Join(", ", first);
            }
        }

        return leaders;
    }

    /// <summary>Cells (model, benchmark, setting) where sources give different values.</summary>
    private static Dictionary<(string Model, string Benchmark, string Setting), string> Conflicts(CuratedDataset dataset)
    {
        var conflicts = new Dictionary<(string, string, string), string>();
        foreach (var group in dataset.Results.GroupBy(r => (r.Model, r.Benchmark, NameKey.Normalize(r.Setting))))
        {
            if (group.Select(r => r.Value).Distinct().Count() > 1)
            {
                conflicts[(group.Key.Model, group.Key.Benchmark, group.First().Setting)] = string.Join(" vs ", group.Select(r => $"{Value(r)} ({r.Source})"));
            }
        }

        return conflicts;
    }

    private static string[] Row(Result result, string value) => [result.Source, result.Model, result.Benchmark, result.Setting, value];

    private static string Value(Result result) => (result.Approximate ? "~" : "") + result.Value.ToString(CultureInfo.InvariantCulture);

    private static void Section(StringBuilder text, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n#### {title} ({list.Count})\n\n");
        if (list.Count == 0)
        {
            text.Append("None.\n");
            return;
        }

        text.Append("| ").Append(string.Join(" | ", columns)).Append(" |\n|").Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in list)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }
    }
}
