using ModelBot.Host.Cli;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Cli;

/// <summary><c>modelbot data validate</c> on the repository's data/ and on broken copies of it.</summary>
public class DataCommandTests
{
    [Fact]
    public async Task Validate_RepositoryData_ExitsZeroWithCounts()
    {
        var (exitCode, output, _) = await CliRun.RunAsync("data", "validate", DatasetCopy.RepoData);

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldMatch(@"^\S+: valid: \d+ models, \d+ benchmarks, 5 sources, \d+ results\n$");
    }

    [Theory]
    // A second model with an existing id: reported on the line of the duplicate.
    [InlineData("models.yaml", "id: gpt-5.4", "id: muse-spark", "muse-spark")]
    // A result naming a model that does not exist.
    [InlineData("results/dayahimour-muse-spark.yaml", "model: gpt-5.4", "model: gpt-9", "gpt-9")]
    // A percentage above 100.
    [InlineData("results/dayahimour-muse-spark.yaml", "value: 86.4", "value: 864", "864")]
    public async Task Validate_BrokenCopy_NamesFileAndLineAndExitsOne(string file, string find, string replacement, string mentioned)
    {
        using var data = new DatasetCopy();
        var line = data.LineOf(file, find);
        data.Replace(file, find, replacement);

        var (exitCode, output, _) = await CliRun.RunAsync("data", "validate", data.Directory);

        exitCode.ShouldBe(ExitCodes.Failure);
        var errors = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.ShouldContain(error => error.StartsWith($"{data.PathOf(file)}:{line}:", StringComparison.Ordinal) && error.Contains(mentioned, StringComparison.Ordinal));
        errors[^1].ShouldMatch(@": invalid: \d+ errors?$");
    }

    [Fact]
    public async Task Validate_MissingDirectory_ExitsOneNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "modelbot-no-such-data-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output, _) = await CliRun.RunAsync("data", "validate", missing);

        exitCode.ShouldBe(ExitCodes.Failure);
        output.ShouldContain("data directory not found");
    }

    [Fact]
    public async Task Import_TableWithAnUnknownModel_WritesNothingThenWithAllowNewWritesAValidDataset()
    {
        using var data = new DatasetCopy();
        var table = Path.Combine(data.Directory, "..", $"team-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(table, "| Benchmark | Muse Spark | Claude Opus 9 |\n|---|---|---|\n| HLE | 41.0 | 40 |\n", TestContext.Current.CancellationToken);
        try
        {
            var (refused, refusal, _) = await CliRun.RunAsync("data", "import", table, "--source", "team-evals", "--setting", "no tools", "--data", data.Directory);
            var (exitCode, output, _) = await CliRun.RunAsync("data", "import", table, "--source", "team-evals", "--setting", "no tools", "--allow-new", "--data", data.Directory);
            var (validated, _, _) = await CliRun.RunAsync("data", "validate", data.Directory);

            refused.ShouldBe(ExitCodes.Failure);
            refusal.ShouldContain("no model matches 'Claude Opus 9'");
            refusal.ShouldContain("nothing written");
            exitCode.ShouldBe(ExitCodes.Success);
            output.ShouldContain("wrote models.yaml, sources.yaml, results/team-evals.yaml: 2 figures");
            validated.ShouldBe(ExitCodes.Success);
        }
        finally
        {
            File.Delete(table);
        }
    }

    [Fact]
    public async Task Diff_SameDataset_ReportsNoChange()
    {
        var (exitCode, output, _) = await CliRun.RunAsync("data", "diff", DatasetCopy.RepoData, DatasetCopy.RepoData);

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldContain("figures: 0 added, 0 changed, 0 removed");
        output.ShouldContain("#### Leaders that change (0)");
    }
}
