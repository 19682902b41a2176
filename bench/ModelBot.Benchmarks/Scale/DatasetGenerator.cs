using System.Globalization;
using System.Text;

namespace ModelBot.Benchmarks.Scale;

/// <summary>
/// Writes a dataset of the curated schema at a chosen size, valid for <c>modelbot data validate</c>: today's data/
/// (so every question of the battery still has its models and benchmarks) plus generated models, benchmarks, sources
/// and results. Deterministic for a seed. One benchmark ("Wide Eval") has a figure for every generated model, so the
/// largest leaderboard is as long as the model list; the other results spread over the generated benchmarks.
/// </summary>
public static class DatasetGenerator
{
    private static readonly string[] Families =
    [
        "Nova", "Atlas", "Orion", "Zephyr", "Quill", "Lumen", "Vega", "Kestrel", "Pyxis", "Tern", "Halcyon", "Mistral Peak",
        "Cobalt", "Juniper", "Sable", "Marlin", "Borealis", "Cinder", "Ember", "Fjord", "Garnet", "Heron", "Iris", "Jasper",
        "Krait", "Lyra", "Meridian", "Nimbus", "Onyx", "Pelican", "Quasar", "Rook", "Solstice", "Talon", "Umber", "Vireo",
    ];

    private static readonly string[] Sizes = ["", " Mini", " Pro", " Max", " Lite", " Ultra", " Flash"];

    private static readonly string[] Vendors =
    [
        "Acme Labs", "Borealis AI", "Cortex Systems", "Delta Research", "Eon Intelligence", "Fathom AI", "Gradient Works",
        "Helix Labs", "Ion Research", "Juno AI", "Kappa Systems", "Lattice Labs",
    ];

    private static readonly string[] BenchmarkWords =
    [
        "Reason", "Code", "Vision", "Math", "Agent", "Health", "Search", "Chart", "Puzzle", "Logic", "Recall", "Plan",
        "Tool", "Proof", "Chem", "Law", "Physics", "Story", "Table", "Audio",
    ];

    private static readonly string[] Settings = ["default", "no tools", "with tools"];

    /// <summary>The sizes the scale benchmarks use: about 10×, 100× and 1000× today's dataset.</summary>
    public static IReadOnlyList<(string Name, int Models, int Results)> StandardSizes { get; } =
    [
        ("10x", 200, 1_000),
        ("100x", 2_000, 20_000),
        ("1000x", 20_000, 200_000),
    ];

    /// <summary>Writes the dataset to <paramref name="target"/> (created; must not hold another dataset).</summary>
    /// <param name="template">Today's data/ directory, copied in first.</param>
    /// <param name="target">The directory to write.</param>
    /// <param name="models">Total models wanted (today's count included).</param>
    /// <param name="results">Total results wanted (today's count included).</param>
    /// <param name="seed">The random seed.</param>
    public static void Generate(string template, string target, int models, int results, int seed = 15)
    {
        Directory.CreateDirectory(Path.Combine(target, "results"));
        foreach (var file in new[] { "sources.yaml", "models.yaml", "benchmarks.yaml", "vocabulary.yaml" })
        {
            File.Copy(Path.Combine(template, file), Path.Combine(target, file), overwrite: true);
        }

        var existingResults = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(template, "results"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, "results", Path.GetFileName(file)), overwrite: true);
            existingResults += File.ReadLines(file).Count(line => line.TrimStart().StartsWith("- model:", StringComparison.Ordinal));
        }

        var existingModels = File.ReadLines(Path.Combine(template, "models.yaml")).Count(line => line.StartsWith("  - id:", StringComparison.Ordinal));
        var newModels = Math.Max(1, models - existingModels);
        var newResults = Math.Max(newModels, results - existingResults);
        var random = new Random(seed);

        // Sources: one per 2,000 generated results (at least two), each with its results file.
        var sourceCount = Math.Max(2, newResults / 2_000);
        var sources = new StringBuilder("\n  # --- generated (bench/ModelBot.Benchmarks/Scale/DatasetGenerator.cs) ---\n");
        for (var s = 0; s < sourceCount; s++)
        {
            sources.Append(CultureInfo.InvariantCulture, $"  - id: {SourceId(s)}\n    title: \"Generated leaderboard export {s + 1}\"\n    publisher: \"{Vendors[s % Vendors.Length]}\"\n    date: 2026-0{1 + (s % 9)}-1{s % 10}\n    file: generated-{s + 1:D4}.txt\n\n");
        }

        File.AppendAllText(Path.Combine(target, "sources.yaml"), sources.ToString());

        // Benchmarks: the wide one, then one per twenty generated models (at least eight).
        var benchmarkCount = Math.Max(8, newModels / 20);
        var benchmarks = new StringBuilder("\n  # --- generated ---\n");
        var units = new (string Unit, string Direction, double Min, double Max)[benchmarkCount + 1];
        units[0] = ("percent", "higher", 5, 95);
        benchmarks.Append("  - id: wide-eval\n    name: Wide Eval\n    measures: \"Generated: a benchmark every generated model has a figure on.\"\n    metric: accuracy\n    unit: percent\n    direction: higher\n    category: Text / Reasoning\n\n");
        for (var b = 1; b <= benchmarkCount; b++)
        {
            units[b] = (b % 10) switch
            {
                7 => ("score", "higher", 10, 90),
                8 => ("elo", "higher", 900, 1600),
                9 => ("million-tokens", "lower", 5, 200),
                _ => ("percent", "higher", 1, 99),
            };
            var category = (b % 4) switch { 0 => "Multimodal", 1 => "Text / Reasoning", 2 => "Health", _ => "Agentic" };
            benchmarks.Append(CultureInfo.InvariantCulture, $"  - id: {BenchmarkId(b)}\n    name: {BenchmarkName(b)}\n    aliases: [{BenchmarkWords[b % BenchmarkWords.Length]}Bench-{b}]\n    measures: \"Generated benchmark {b}.\"\n    metric: {(units[b].Unit == "elo" ? "elo" : units[b].Unit == "million-tokens" ? "output tokens" : "accuracy")}\n    unit: {units[b].Unit}\n    direction: {units[b].Direction}\n    category: {category}\n\n");
        }

        File.AppendAllText(Path.Combine(target, "benchmarks.yaml"), benchmarks.ToString());

        // Models: names like "Nova 12.3 Pro", each with a vendor and, for a third, open weights, all with their passages.
        var modelText = new StringBuilder("\n  # --- generated ---\n");
        var modelIds = new string[newModels];
        var modelNames = new string[newModels];
        for (var m = 0; m < newModels; m++)
        {
            var family = Families[m % Families.Length];
            var rest = m / Families.Length;
            var size = Sizes[rest % Sizes.Length];
            var version = rest / Sizes.Length;
            var name = $"{family} {version / 10 + 1}.{version % 10}{size}";
            var id = name.ToLowerInvariant().Replace(' ', '-');
            modelIds[m] = id;
            modelNames[m] = name;
            var vendor = Vendors[(m / 3) % Vendors.Length];
            var source = SourceId(m % sourceCount);
            var open = m % 3 == 0;
            modelText.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    name: {name}\n");
            if (m % 5 == 0)
            {
                modelText.Append(CultureInfo.InvariantCulture, $"    aliases: [{family.Replace(" ", "", StringComparison.Ordinal)}-Build-{m}]\n");
            }

            modelText.Append(CultureInfo.InvariantCulture, $"    vendor: {vendor}\n    weights: {(open ? "open" : "closed")}\n");
            if (m % 4 == 0)
            {
                modelText.Append(CultureInfo.InvariantCulture, $"    context_window: {(m % 8 + 1) * 32000}\n");
            }

            modelText.Append(CultureInfo.InvariantCulture, $"    sources: [{source}]\n    fact_passages:\n      vendor:\n        {source}: \"{vendor} released {name}\"\n      weights:\n        {source}: \"{name} weights are {(open ? "open" : "closed")}\"\n");
            if (m % 5 == 0)
            {
                modelText.Append(CultureInfo.InvariantCulture, $"      aliases:\n        {source}: \"{name}, also {family.Replace(" ", "", StringComparison.Ordinal)}-Build-{m}\"\n");
            }

            if (m % 4 == 0)
            {
                modelText.Append(CultureInfo.InvariantCulture, $"      context_window:\n        {source}: \"{name} reads {(m % 8 + 1) * 32000:N0} tokens\"\n");
            }

            modelText.Append('\n');
        }

        File.AppendAllText(Path.Combine(target, "models.yaml"), modelText.ToString());

        // Results: every generated model on the wide benchmark, the rest spread over the other generated benchmarks
        // (model, benchmark, setting) unique within a source, so no source has two figures for one cell.
        var files = new StringBuilder[sourceCount];
        for (var s = 0; s < sourceCount; s++)
        {
            files[s] = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Generated results (bench/ModelBot.Benchmarks/Scale/DatasetGenerator.cs).\nsource: {SourceId(s)}\nresults:\n");
        }

        for (var m = 0; m < newModels; m++)
        {
            AppendResult(files[m % sourceCount], modelIds[m], modelNames[m], "wide-eval", "default", Value(random, units[0]), m);
        }

        var seen = new HashSet<(int, int, int, int)>();
        var remaining = newResults - newModels;
        while (remaining > 0)
        {
            var m = random.Next(newModels);
            // Each model's figures cluster on a few benchmarks near its index, as real leaderboards cluster by suite.
            var b = 1 + (int)(((long)m * 7 + random.Next(40)) % benchmarkCount);
            var setting = random.Next(10) < 7 ? 0 : 1 + random.Next(2);
            var s = random.Next(sourceCount);
            if (!seen.Add((m, b, setting, s)))
            {
                continue;
            }

            AppendResult(files[s], modelIds[m], modelNames[m], BenchmarkId(b), Settings[setting], Value(random, units[b]), m);
            remaining--;
        }

        for (var s = 0; s < sourceCount; s++)
        {
            File.WriteAllText(Path.Combine(target, "results", SourceId(s) + ".yaml"), files[s].ToString());
        }
    }

    private static string SourceId(int s) => $"generated-export-{s + 1:D4}";

    private static string BenchmarkId(int b) => $"{BenchmarkWords[b % BenchmarkWords.Length].ToLowerInvariant()}-eval-{b}";

    private static string BenchmarkName(int b) => $"{BenchmarkWords[b % BenchmarkWords.Length]} Eval {b}";

    private static double Value(Random random, (string Unit, string Direction, double Min, double Max) unit) =>
        Math.Round(unit.Min + random.NextDouble() * (unit.Max - unit.Min), unit.Unit == "elo" ? 0 : 1);

    private static void AppendResult(StringBuilder file, string model, string name, string benchmark, string setting, double value, int m)
    {
        var evaluator = m % 4 == 0 ? "Artificial Analysis" : "not stated";
        file.Append(CultureInfo.InvariantCulture, $"  - model: {model}\n    benchmark: {benchmark}\n    setting: {setting}\n    value: {value.ToString(CultureInfo.InvariantCulture)}\n    evaluator: {evaluator}\n    independent: {(m % 4 == 0 ? "true" : "false")}\n    passage: \"| {name} | {value.ToString(CultureInfo.InvariantCulture)} |\"\n");
    }
}
