namespace ModelBot.Core.Tests.Support;

/// <summary>Locates the repository's data/ directory by walking up to ModelBot.sln.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(RepositoryRoot, "data");

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
