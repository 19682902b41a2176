namespace ModelBot.Core.Tests.Support;

/// <summary>Locates the repository's data/ directory by walking up to ModelBot.sln.</summary>
internal static class TestData
{
    public static string RepositoryRoot => ModelBot.Tests.Repository.RepositoryRoot.Path;

    public static string DataDirectory => Path.Combine(RepositoryRoot, "data");

}
