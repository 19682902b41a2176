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
}
