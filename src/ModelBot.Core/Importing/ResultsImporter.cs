using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ModelBot.Core.Dataset;
using ModelBot.Core.Names;
using ModelBot.Core.Validation;

namespace ModelBot.Core.Importing;

/// <summary>What <c>modelbot data import</c> was told.</summary>
/// <param name="Source">The source id the figures come from (results/&lt;source&gt;.yaml).</param>
/// <param name="Setting">The setting of every figure whose row names none (default "default").</param>
/// <param name="Evaluator">Who ran the figures (default "not stated").</param>
/// <param name="AllowNew">Create stubs for names that match no model or benchmark instead of stopping.</param>
public sealed record ImportOptions(string Source, string? Setting = null, string? Evaluator = null, bool AllowNew = false);

/// <summary>One figure read from a table, mapped to the dataset's ids.</summary>
public sealed record ImportedFigure
{
    public required string Model { get; init; }
    public required string Benchmark { get; init; }
    public required string Setting { get; init; }
    public required double Value { get; init; }
    public required string ValueText { get; init; }
    public bool Approximate { get; init; }
    public required string Evaluator { get; init; }
    public required string Passage { get; init; }
    public required int Line { get; init; }
}

/// <summary>A name in the table that matches no model or benchmark (or several).</summary>
public sealed record UnmappedName(string Kind, string Name, int Line, IReadOnlyList<string> Suggestions);

/// <summary>An imported figure that another source gives differently: written all the same, side by side.</summary>
public sealed record ImportConflict(ImportedFigure Figure, IReadOnlyList<Result> Others);

/// <summary>What an import would write, and what stops it.</summary>
public sealed record ImportPlan
{
    public required IReadOnlyList<ImportedFigure> Figures { get; init; }
    public required IReadOnlyList<UnmappedName> Unmapped { get; init; }
    /// <summary>Values impossible for their benchmark's unit, and figures that would change one this source already gives.</summary>
    public required IReadOnlyList<string> Problems { get; init; }
    /// <summary>Cells that hold no figure ("Below frontier", "—"), with their line.</summary>
    public required IReadOnlyList<string> Skipped { get; init; }
    public required IReadOnlyList<ImportConflict> Conflicts { get; init; }
    /// <summary>Figures this source already gives with the same value: left as they are.</summary>
    public required int AlreadyPresent { get; init; }

    /// <summary>Whether the figures may be written: every name maps (or stubs are allowed) and no value is impossible.</summary>
    public bool CanWrite(bool allowNew) => Problems.Count == 0 && (allowNew || Unmapped.Count == 0);
}

/// <summary>
/// Reads results tables (rows are benchmarks, columns models, or the other way round) into figures with the dataset's
/// ids, through the same name resolver the bot answers with: a row label such as "Humanity's Last Exam — Without Tools"
/// or "HLE No Tools (Contemplating)" gives the benchmark and the setting (a parenthesised mode of a model counts for that
/// model only), a cell such as "Gemini 3.1 Pro: 69.7" names its own model, "42.8%", "1,444" and "~76" are read as
/// written, and a cell with no number ("—", "Below frontier") is no figure.
/// </summary>
public static partial class ResultsImporter
{
    /// <summary>Builds the plan of importing <paramref name="tables"/> into <paramref name="dataset"/>.</summary>
    public static ImportPlan Plan(CuratedDataset dataset, IReadOnlyList<ResultsTable> tables, ImportOptions options)
    {
        var names = new NameResolver(dataset);
        var figures = new List<ImportedFigure>();
        var unmapped = new List<UnmappedName>();
        var problems = new List<string>();
        var skipped = new List<string>();
        foreach (var table in tables)
        {
            var transposed = IsTransposed(table, names);
            foreach (var row in table.Rows)
            {
                ReadRow(dataset, names, table, row, transposed, options, figures, unmapped, problems, skipped);
            }
        }

        var conflicts = new List<ImportConflict>();
        var kept = new List<ImportedFigure>();
        var present = 0;
        foreach (var figure in figures)
        {
            var others = new List<Result>();
            var same = false;
            foreach (var result in dataset.ResultsByModel.GetValueOrDefault(figure.Model) ?? [])
            {
                if (result.Benchmark != figure.Benchmark || NameKey.Normalize(result.Setting) != NameKey.Normalize(figure.Setting))
                {
                    continue;
                }

                if (result.Source == options.Source)
                {
                    if (result.Value.Equals(figure.Value))
                    {
                        same = true;
                    }
                    else
                    {
                        problems.Add($"line {figure.Line}: {options.Source} already gives {figure.Model} on {figure.Benchmark} ({figure.Setting}) {result.Value.ToString(CultureInfo.InvariantCulture)}, not {figure.ValueText}: one figure per model, benchmark and setting within a source");
                    }
                }
                else if (!result.Value.Equals(figure.Value))
                {
                    others.Add(result);
                }
            }

            if (same)
            {
                present++;
                continue;
            }

            kept.Add(figure);
            if (others.Count > 0)
            {
                conflicts.Add(new ImportConflict(figure, others));
            }
        }

        return new ImportPlan
        {
            Figures = kept,
            Unmapped = [.. unmapped.DistinctBy(u => (u.Kind, u.Name))],
            Problems = problems,
            Skipped = skipped,
            Conflicts = conflicts,
            AlreadyPresent = present,
        };
    }

    /// <summary>Whether the header names benchmarks (rows are models) rather than models.</summary>
    private static bool IsTransposed(ResultsTable table, NameResolver names)
    {
        int models = 0, benchmarks = 0;
        foreach (var cell in table.Header.Skip(1))
        {
            models += names.ResolveModel(Clean(cell)).IsFound ? 1 : 0;
            benchmarks += ParseLabel(Clean(cell), names).Benchmark is not null ? 1 : 0;
        }

        return benchmarks > models;
    }

    private static void ReadRow(
        CuratedDataset dataset,
        NameResolver names,
        ResultsTable table,
        TableRow row,
        bool transposed,
        ImportOptions options,
        List<ImportedFigure> figures,
        List<UnmappedName> unmapped,
        List<string> problems,
        List<string> skipped)
    {
        if (row.Cells.Count == 0)
        {
            return;
        }

        var label = Clean(row.Cells[0]);
        var cells = new List<(string? ModelName, string ColumnName, ParsedValue Value)>();
        for (var c = 1; c < row.Cells.Count; c++)
        {
            var column = c < table.Header.Count ? Clean(table.Header[c]) : string.Empty;
            var (named, value) = ParseCell(row.Cells[c]);
            if (value is null)
            {
                if (named is not null || !string.IsNullOrWhiteSpace(row.Cells[c]) && !IsNoFigure(row.Cells[c]))
                {
                    skipped.Add($"line {row.Line}: '{row.Cells[c]}' ({label}, {column}) is no figure");
                }

                continue;
            }

            cells.Add((named, column, value));
        }

        if (cells.Count == 0)
        {
            return;
        }

        // Rows are benchmarks (columns models), or models (columns benchmarks).
        var rowLabel = transposed ? null : ParseLabel(label, names);
        if (!transposed && rowLabel!.Benchmark is null)
        {
            unmapped.Add(new UnmappedName("benchmark", label, row.Line, [.. names.SuggestBenchmarks(label).Select(b => b.Id)]));
            return;
        }

        foreach (var (named, column, value) in cells)
        {
            var modelName = transposed ? named ?? label : named ?? column;
            var model = names.ResolveModel(modelName);
            var benchmarkLabel = transposed ? ParseLabel(column, names) : rowLabel!;
            if (!model.IsFound)
            {
                unmapped.Add(new UnmappedName("model", modelName, row.Line, [.. (model.Candidates.Count > 0 ? model.Candidates : model.Suggestions).Select(m => m.Id)]));
                continue;
            }

            if (benchmarkLabel.Benchmark is not { } benchmark)
            {
                unmapped.Add(new UnmappedName("benchmark", column, row.Line, [.. names.SuggestBenchmarks(column).Select(b => b.Id)]));
                continue;
            }

            var setting = SettingFor(benchmarkLabel, model.Value, options.Setting);
            if (UnitRules.Problem(value.Value, benchmark.Unit) is { } impossible)
            {
                problems.Add($"line {row.Line}: {model.Value.Id} on {benchmark.Id}: {impossible}");
                continue;
            }

            figures.Add(new ImportedFigure
            {
                Model = model.Value.Id,
                Benchmark = benchmark.Id,
                Setting = setting,
                Value = value.Value,
                ValueText = value.Text,
                Approximate = value.Approximate,
                Evaluator = options.Evaluator ?? "not stated",
                Passage = row.Text,
                Line = row.Line,
            });
        }
    }

    /// <summary>The setting of a figure: the row's words, and a parenthesised mode when it is one of the model's.</summary>
    private static string SettingFor(Label label, Model model, string? fallback)
    {
        var parts = new List<string>(label.SettingParts);
        foreach (var qualifier in label.Qualifiers)
        {
            var mode = model.Modes.FirstOrDefault(m => NameKey.Normalize(m) == NameKey.Normalize(qualifier));
            if (mode is not null)
            {
                parts.Add(mode);
            }
        }

        if (parts.Count == 0)
        {
            return fallback ?? "default";
        }

        if (label.SettingParts.Count == 0 && fallback is not null)
        {
            parts.Insert(0, fallback);
        }

        return string.Join(", ", parts);
    }

    /// <summary>A row or column label read as a benchmark, the setting words around it, and its parenthesised qualifiers.</summary>
    internal sealed record Label(Benchmark? Benchmark, IReadOnlyList<string> SettingParts, IReadOnlyList<string> Qualifiers);

    internal static Label ParseLabel(string text, NameResolver names)
    {
        var qualifiers = new List<string>();
        var settingParts = new List<string>();
        var main = Parenthesised().Replace(text, match =>
        {
            var inner = match.Groups[1].Value.Trim();
            if (SettingWords(inner) is { } setting)
            {
                settingParts.Add(setting);
            }
            else
            {
                qualifiers.Add(inner);
            }

            return " ";
        }).Trim();
        var pieces = Dashes().Split(main).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0)
        {
            return new Label(null, [], []);
        }

        var words = pieces[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Benchmark? benchmark = null;
        var rest = new List<string>();
        for (var count = words.Length; count >= 1 && benchmark is null; count--)
        {
            var resolution = names.ResolveBenchmark(string.Join(' ', words.Take(count)));
            if (resolution.IsFound)
            {
                benchmark = resolution.Value;
                rest.AddRange(words.Skip(count));
            }
        }

        if (benchmark is null)
        {
            // "Figure Understanding (vision)" reads without its qualifier; with it, as a last resort.
            foreach (var qualifier in qualifiers)
            {
                if (names.ResolveBenchmark(qualifier) is { IsFound: true } byQualifier)
                {
                    benchmark = byQualifier.Value;
                    qualifiers.Remove(qualifier);
                    break;
                }
            }
        }

        var settings = new List<string>();
        if (rest.Count > 0)
        {
            settings.Add(SettingWords(string.Join(' ', rest)) ?? string.Join(' ', rest).ToLowerInvariant());
        }

        foreach (var piece in pieces.Skip(1))
        {
            settings.Add(SettingWords(piece) ?? piece.ToLowerInvariant());
        }

        settings.AddRange(settingParts);
        return new Label(benchmark, settings, qualifiers);
    }

    /// <summary>"Without Tools", "no tools" → "no tools"; "With Tools" → "with tools"; otherwise null.</summary>
    private static string? SettingWords(string text) => NameKey.Normalize(text) switch
    {
        "notools" or "withouttools" or "notool" => "no tools",
        "withtools" or "tools" or "withtool" => "with tools",
        _ => null,
    };

    internal sealed record ParsedValue(double Value, string Text, bool Approximate);

    /// <summary>A cell: an optional model name before a colon, and a number as written, or no figure.</summary>
    internal static (string? Model, ParsedValue? Value) ParseCell(string cell)
    {
        var text = Clean(cell);
        string? model = null;
        var colon = text.LastIndexOf(':');
        if (colon > 0)
        {
            model = text[..colon].Trim();
            text = text[(colon + 1)..].Trim();
        }

        var approximate = false;
        if (text.StartsWith('~') || text.StartsWith('≈'))
        {
            approximate = true;
            text = text[1..].Trim();
        }

        var number = text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%', '*', '†').Trim();
        if (number.Length == 0 || !double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (model, null);
        }

        return (model, new ParsedValue(value, number, approximate));
    }

    private static bool IsNoFigure(string cell) => Clean(cell) is "" or "—" or "–" or "-" or "n/a" or "N/A" or "NA";

    /// <summary>The text without emoji, variation selectors and markers (🏆, ⚠️), spaces collapsed.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Surrogate or UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s[—–-]\s")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
