using System.Globalization;
using ModelBot.Core.Dataset;
using ModelBot.Core.Importing;
using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Importing;

/// <summary>
/// <c>modelbot data import</c> on the articles' own tables reproduces the figures curated by hand: Meta's official table
/// of seed 004 (transcribed as a CSV export, row labels as printed) and the two pipe tables of seed 002 as they stand.
/// </summary>
public class ResultsImportTests
{
    private static string ImportingDirectory => Path.Combine(TestData.RepositoryRoot, "tests", "ModelBot.Core.Tests", "Importing");

    private static string SeedsDirectory => Path.Combine(TestData.RepositoryRoot, "tests", "ModelBot.Core.Tests", "Seeds");

    [Fact]
    public void Plan_MetasOfficialTable_ReproducesTheOfficialFiguresOfSource004()
    {
        const string source = "dayahimour-muse-spark";
        var path = Path.Combine(ImportingDirectory, "meta-official-table.csv");
        var tables = ResultsTable.Read(path, File.ReadAllText(path));

        var plan = ResultsImporter.Plan(Without(source), tables, new ImportOptions(source, Evaluator: "Meta"));

        plan.Unmapped.ShouldBeEmpty();
        plan.Problems.ShouldBeEmpty();
        Figures(plan).ShouldBe(Curated(source, r => r.Evaluator == "Meta"), ignoreOrder: true);
        // Where another article gives another figure, both stay: the import lists the conflict and writes its own.
        plan.Conflicts.Select(c => $"{c.Figure.Model} {c.Figure.Benchmark}").ShouldBe(["gpt-5.4 arc-agi-2", "gemini-3.1-pro arc-agi-2", "gpt-5.4 healthbench-hard"], ignoreOrder: true);
    }

    [Fact]
    public void Plan_TheTablesOfSeed002AsPrinted_ReproduceItsTableFigures()
    {
        const string source = "muse-spark-championed-open-source";
        var seed = Directory.GetFiles(SeedsDirectory, "002_*.txt").Single();
        // "Where Muse Spark Leads" and "Where Muse Spark Falls Behind"; the article's third table has no figures.
        var tables = ResultsTable.ReadMarkdown(File.ReadAllText(seed)).Take(2).ToList();

        var plan = ResultsImporter.Plan(Without(source), tables, new ImportOptions(source));

        tables.Select(t => t.Rows.Count).ShouldBe([5, 3]);
        plan.Unmapped.ShouldBeEmpty();
        plan.Problems.ShouldBeEmpty();
        // "Below frontier" and "Claude Opus 4.6 leads" are no figures.
        plan.Skipped.Count.ShouldBe(4);
        Figures(plan).ShouldBe(Curated(source, r => r.Passage.StartsWith('|')), ignoreOrder: true);
        plan.Figures.Single(f => f.Model == "muse-spark" && f.Benchmark == "hle").Setting.ShouldBe("no tools, Contemplating");
    }

    [Fact]
    public void Plan_UnknownNamesAndImpossibleValues_AreListedAndStopTheWrite()
    {
        var tables = ResultsTable.ReadMarkdown("| Benchmark | Muse Spark | Claude Opus 9 |\n|---|---|---|\n| HealthBench Hard | 142.8% | 40 |\n| Vibes Bench | 12 | 13 |\n");

        var plan = ResultsImporter.Plan(RepositoryDataset.Dataset, tables, new ImportOptions("dayahimour-muse-spark"));

        plan.Unmapped.Select(u => (u.Kind, u.Name)).ShouldBe([("model", "Claude Opus 9"), ("benchmark", "Vibes Bench")], ignoreOrder: true);
        plan.Problems.ShouldHaveSingleItem().ShouldContain("impossible for a percentage");
        plan.CanWrite(allowNew: false).ShouldBeFalse();
    }

    [Fact]
    public void Write_WithAllowNew_WritesStubsAndAValidDataset()
    {
        var directory = CopyOfData();
        try
        {
            var dataset = new DatasetLoader().Load(directory).Dataset!;
            var tables = ResultsTable.ReadCsv("Model,HLE,Vibes Bench\nMuse Spark,41.0,12\nClaude Opus 9,39.5,\n");
            var options = new ImportOptions("team-evals", Setting: "no tools", Evaluator: "Our team", AllowNew: true);
            var plan = ResultsImporter.Plan(dataset, tables, options);

            var written = ImportWriter.Write(directory, dataset, plan, options, "team.csv", tables);
            var reloaded = new DatasetLoader().Load(directory);

            reloaded.Errors.ShouldBeEmpty();
            written.Files.ShouldContain("results/team-evals.yaml");
            written.Figures.ShouldBe(3);
            var results = reloaded.Dataset!.Results.Where(r => r.Source == "team-evals").Select(r => (r.Model, r.Benchmark, r.Setting, r.Value)).ToList();
            results.ShouldBe([("muse-spark", "hle", "no tools", 41.0), ("muse-spark", "vibes-bench", "no tools", 12), ("claude-opus-9", "hle", "no tools", 39.5)], ignoreOrder: true);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Diff_AChangedFigure_NamesItAndTheLeaderItChanges()
    {
        var older = RepositoryDataset.Dataset;
        var changed = older.Results.Select(r => r.Model == "muse-spark" && r.Benchmark == "arc-agi-2" ? r with { Value = 80.0 } : r).ToList();
        var newer = new CuratedDataset(older.Models, older.Benchmarks, older.Sources, changed) { Vocabulary = older.Vocabulary };

        var markdown = DatasetDiff.Markdown(older, newer);

        markdown.ShouldContain("figures: 0 added, 2 changed, 0 removed");
        markdown.ShouldContain("| dayahimour-muse-spark | muse-spark | arc-agi-2 | default | 42.5 → 80 |");
        markdown.ShouldContain("| arc-agi-2 | default | Gemini 3.1 Pro (76.5) | Muse Spark (80) |");
    }

    private static CuratedDataset Without(string source)
    {
        var dataset = RepositoryDataset.Dataset;
        return new CuratedDataset(dataset.Models, dataset.Benchmarks, dataset.Sources, [.. dataset.Results.Where(r => r.Source != source)]) { Vocabulary = dataset.Vocabulary };
    }

    private static List<string> Figures(ImportPlan plan) =>
        [.. plan.Figures.Select(f => $"{f.Model} {f.Benchmark} {f.Setting} {f.Value.ToString(CultureInfo.InvariantCulture)}")];

    private static List<string> Curated(string source, Func<Result, bool> which) =>
        [.. RepositoryDataset.Dataset.Results.Where(r => r.Source == source && which(r)).Select(r => $"{r.Model} {r.Benchmark} {r.Setting} {r.Value.ToString(CultureInfo.InvariantCulture)}")];

    private static string CopyOfData()
    {
        var target = Path.Combine(Path.GetTempPath(), "modelbot-import-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(TestData.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestData.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
