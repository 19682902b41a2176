using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;

namespace ModelBot.Commands.Tests.Support;

/// <summary>The repository's data/ directory, found by walking up to ModelBot.sln, loaded once.</summary>
internal static class RealData
{
    private static readonly Lazy<CuratedDataset> Loaded = new(Load);

    public static CuratedDataset Dataset => Loaded.Value;

    public static string RepositoryRoot => ModelBot.Tests.Repository.RepositoryRoot.Path;

    private static CuratedDataset Load()
    {
        var result = new DatasetLoader().Load(Path.Combine(RepositoryRoot, "data"));
        return result.Dataset ?? throw new InvalidOperationException("data/ does not load: " + string.Join("; ", result.Errors));
    }

}
