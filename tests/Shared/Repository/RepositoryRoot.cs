namespace ModelBot.Tests.Repository;

/// <summary>The repository's root (the directory holding ModelBot.sln), found by walking up from the running assembly: the one finder every test project and the load harness use.</summary>
internal static class RepositoryRoot
{
    /// <summary>The file that marks the root.</summary>
    public const string MarkerFile = "ModelBot.sln";

    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The root directory.</summary>
    public static string Path => Found.Value;

    /// <summary>The curated dataset, <c>data/</c>.</summary>
    public static string Data => System.IO.Path.Combine(Path, "data");

    /// <summary>A path under the root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, MarkerFile)))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"{MarkerFile} not found above {AppContext.BaseDirectory}");
    }
}
