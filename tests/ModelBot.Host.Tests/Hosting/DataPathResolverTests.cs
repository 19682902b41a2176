using ModelBot.Host.Hosting;

namespace ModelBot.Host.Tests.Hosting;

public sealed class DataPathResolverTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("modelbot-datapath-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Make(string relative) => Directory.CreateDirectory(Path.Combine(_root.FullName, relative)).FullName;

    [Fact]
    public void Resolve_DataInCurrentDirectory_UsesIt()
    {
        var current = Make("work");
        var data = Make("work/data");
        var executable = Make("repo/src/ModelBot.Host/bin");
        Make("repo/data");

        DataPathResolver.Resolve(null, current, executable).ShouldBe(data);
    }

    [Fact]
    public void Resolve_NoDataInCurrentDirectory_WalksUpFromExecutable()
    {
        var current = Make("elsewhere");
        var executable = Make("repo/src/ModelBot.Host/bin/Debug/net10.0");
        var repoData = Make("repo/data");

        DataPathResolver.Resolve("data", current, executable).ShouldBe(repoData);
    }

    [Fact]
    public void Resolve_NowhereToBeFound_ReturnsPathUnderCurrentDirectory()
    {
        var current = Make("elsewhere");
        var executable = Make("repo/bin");

        DataPathResolver.Resolve("no-such-dataset-dir", current, executable).ShouldBe(Path.Combine(current, "no-such-dataset-dir"));
    }

    [Fact]
    public void Resolve_AbsolutePath_IsKeptAsGiven()
    {
        var absolute = Path.Combine(_root.FullName, "absent");

        DataPathResolver.Resolve(absolute, Make("a"), Make("b")).ShouldBe(absolute);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_BlankConfiguration_MeansDefaultDataDirectory(string? configured)
    {
        var current = Make("cwd");
        var data = Make("cwd/data");

        DataPathResolver.Resolve(configured, current, Make("exe")).ShouldBe(data);
    }

    [Fact]
    public void ForCommand_ExplicitRelativePath_IsTakenFromCurrentDirectoryWithoutWalkingUp()
    {
        DataPathResolver.ForCommand("some/where", "ignored").ShouldBe(Path.GetFullPath("some/where"));
    }
}
