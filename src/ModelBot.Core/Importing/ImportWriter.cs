using System.Globalization;
using System.Text;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;

namespace ModelBot.Core.Importing;

/// <summary>What an import wrote: the files (relative to the data directory) and the number of figures.</summary>
public sealed record ImportWritten(IReadOnlyList<string> Files, int Figures);

/// <summary>
/// Writes an <see cref="ImportPlan"/> into a data directory: the figures into results/&lt;source&gt;.yaml (appended
/// when the file exists), each with its row as the passage and a note saying where it was imported from; with
/// <c>--allow-new</c>, stubs for the names that match nothing (models, benchmarks, the source) for review.
/// </summary>
public static class ImportWriter
{
    /// <summary>Writes the plan; returns the files written (relative to <paramref name="directory"/>) and the number of figures.</summary>
    public static ImportWritten Write(string directory, CuratedDataset dataset, ImportPlan plan, ImportOptions options, string tableFile, IReadOnlyList<ResultsTable> tables)
    {
        var written = new List<string>();
        var figures = plan.Figures.ToList();
        if (options.AllowNew && plan.Unmapped.Count > 0)
        {
            figures.AddRange(StubFigures(directory, dataset, plan, options, tables, written));
        }

        if (!dataset.SourcesById.ContainsKey(options.Source))
        {
            File.AppendAllText(Path.Combine(directory, DataFiles.Sources), $"\n  # Stub from modelbot data import ({Path.GetFileName(tableFile)}): give the title, publisher, date and file.\n  - id: {options.Source}\n    title: \"{Escape(Path.GetFileName(tableFile))}\"\n    publisher: unknown\n    file: {Path.GetFileName(tableFile)}\n");
            written.Add(DataFiles.Sources);
        }

        var path = Path.Combine(directory, DataFiles.ResultsDirectory, options.Source + DataFiles.Extension);
        var text = new StringBuilder();
        if (!File.Exists(path))
        {
            text.Append(CultureInfo.InvariantCulture, $"# Imported with `modelbot data import {Path.GetFileName(tableFile)} --source {options.Source}`: review every figure's evaluator,\n# setting and passage, and set `independent`, `disputed` and `notes` as data/README.md asks.\nsource: {options.Source}\nresults:\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  # Imported from {Path.GetFileName(tableFile)} with `modelbot data import`: review.\n");
        }

        foreach (var figure in figures)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - model: {figure.Model}\n    benchmark: {figure.Benchmark}\n    setting: {Scalar(figure.Setting)}\n    value: {figure.ValueText}\n    evaluator: {Scalar(figure.Evaluator)}\n    independent: false\n    passage: \"{Escape(figure.Passage)}\"\n");
            if (figure.Approximate)
            {
                text.Append("    approximate: true\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"    notes: \"Imported from {Escape(Path.GetFileName(tableFile))}, line {figure.Line}.\"\n");
        }

        File.AppendAllText(path, text.ToString());
        written.Add($"{DataFiles.ResultsDirectory}/{options.Source}{DataFiles.Extension}");
        return new ImportWritten(written, figures.Count);
    }

    private static List<ImportedFigure> StubFigures(string directory, CuratedDataset dataset, ImportPlan plan, ImportOptions options, IReadOnlyList<ResultsTable> tables, List<string> written)
    {
        var models = new StringBuilder();
        var benchmarks = new StringBuilder();
        var taken = new HashSet<string>(dataset.Models.Select(m => m.Id).Concat(dataset.Benchmarks.Select(b => b.Id)), StringComparer.Ordinal);
        foreach (var name in plan.Unmapped)
        {
            var id = Slug(name.Name);
            if (id.Length == 0 || !taken.Add(id))
            {
                continue;
            }

            if (name.Kind == "model")
            {
                models.Append(CultureInfo.InvariantCulture, $"\n  # Stub from modelbot data import: add the facts the sources state, with their passages.\n  - id: {id}\n    name: {Scalar(name.Name)}\n    sources: [{options.Source}]\n");
            }
            else
            {
                benchmarks.Append(CultureInfo.InvariantCulture, $"\n  # Stub from modelbot data import: check the unit, direction, metric and category.\n  - id: {id}\n    name: {Scalar(name.Name)}\n    measures: \"To be described (imported stub).\"\n    metric: score\n    unit: percent\n    direction: higher\n");
            }
        }

        if (models.Length > 0)
        {
            File.AppendAllText(Path.Combine(directory, DataFiles.Models), models.ToString());
            written.Add(DataFiles.Models);
        }

        if (benchmarks.Length > 0)
        {
            File.AppendAllText(Path.Combine(directory, DataFiles.Benchmarks), benchmarks.ToString());
            written.Add(DataFiles.Benchmarks);
        }

        // The figures of the stubbed names: planned again against a dataset that knows them.
        var stubModels = plan.Unmapped.Where(u => u.Kind == "model").Select(u => new Model { Id = Slug(u.Name), Name = u.Name });
        var stubBenchmarks = plan.Unmapped.Where(u => u.Kind == "benchmark").Select(u => new Benchmark { Id = Slug(u.Name), Name = u.Name, Measures = "stub", Metric = "score", Unit = Unit.Percent, Direction = Direction.HigherIsBetter });
        var widened = new CuratedDataset(
            [.. dataset.Models, .. stubModels.Where(m => !dataset.ModelsById.ContainsKey(m.Id)).DistinctBy(m => m.Id)],
            [.. dataset.Benchmarks, .. stubBenchmarks.Where(b => !dataset.BenchmarksById.ContainsKey(b.Id)).DistinctBy(b => b.Id)],
            dataset.Sources,
            dataset.Results);
        var again = ResultsImporter.Plan(widened, tables, options);
        var known = new HashSet<(string, string, string)>(plan.Figures.Select(f => (f.Model, f.Benchmark, f.Setting)));
        return [.. again.Figures.Where(f => !known.Contains((f.Model, f.Benchmark, f.Setting)))];
    }

    /// <summary>An id from a name as written: "Claude Opus 5" → "claude-opus-5".</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-', '.');
    }

    private static string Scalar(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or ',' or '_') && !char.IsWhiteSpace(text[0]) && NameKey.HasLetter(text)
            ? text
            : $"\"{Escape(text)}\"";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
