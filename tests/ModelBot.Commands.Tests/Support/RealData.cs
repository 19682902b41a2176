using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;

namespace ModelBot.Commands.Tests.Support;

/// <summary>The repository's data/ directory, found by walking up to ModelBot.sln, loaded once.</summary>
internal static class RealData
{
    private static readonly Lazy<CuratedDataset> Loaded = new(Load);

    public static CuratedDataset Dataset => Loaded.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    private static CuratedDataset Load()
    {
        var result = new DatasetLoader().Load(Path.Combine(RepositoryRoot, "data"));
        return result.Dataset ?? throw new InvalidOperationException("data/ does not load: " + string.Join("; ", result.Errors));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ModelBot.sln not found above " + AppContext.BaseDirectory);
    }
}
