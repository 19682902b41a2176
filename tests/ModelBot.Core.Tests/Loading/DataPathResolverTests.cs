using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Loading;

public class DataPathResolverTests
{
    [Fact]
    public void Resolve_AbsolutePath_IsKept()
    {
        using var data = TempDataDirectory.WithSmallDataset();

        DataPathResolver.Resolve(data.Path).ShouldBe(Path.GetFullPath(data.Path));
    }

    [Fact]
    public void Resolve_RelativeData_FindsTheRepositoryDataAboveTheTestBinaries()
    {
        var resolved = DataPathResolver.Resolve("data");

        Directory.Exists(resolved).ShouldBeTrue();
        File.Exists(Path.Combine(resolved, DataFiles.Models)).ShouldBeTrue();
    }

    [Fact]
    public void Load_HiddenEditorFileInResults_IsIgnored()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Write("results/.alpha-article.yaml", "not: [valid");

        new DatasetLoader().Load(data.Path).IsValid.ShouldBeTrue();
    }
}
