using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Support;

/// <summary>The repository's curated dataset, loaded once for the tests that need names (autocomplete).</summary>
internal static class TestDataset
{
    private static readonly Lazy<CuratedDataset> Loaded = new(() =>
    {
        var result = new DatasetLoader().Load(Path.Combine(GoldenFile.RepositoryRoot(), "data"));
        return result.Dataset ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    });

    public static CuratedDataset Dataset => Loaded.Value;
}
