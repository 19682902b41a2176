namespace ModelBot.Core.Tests.Data;

/// <summary>Locates the repository's <c>data/</c> folder and the seed articles by walking up to <c>ModelBot.sln</c>.</summary>
internal static class RepoPaths
{
    /// <summary>The directory holding <c>ModelBot.sln</c>.</summary>
    public static string Root => ModelBot.Tests.Repository.RepositoryRoot.Path;

    /// <summary>The curated dataset folder, <c>data/</c>.</summary>
    public static string DataDirectory => Path.Combine(Root, "data");

    /// <summary>The seed articles copied into the Core test project.</summary>
    public static string SeedsDirectory => Path.Combine(Root, "tests", "ModelBot.Core.Tests", "Seeds");

    /// <summary>Full path of one seed article.</summary>
    public static string Seed(string fileName) => Path.Combine(SeedsDirectory, fileName);

}
