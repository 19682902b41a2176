namespace ModelBot.Host.Tests.Support;

/// <summary>A temporary copy of the repository's data/ that a test may break.</summary>
internal sealed class DatasetCopy : IDisposable
{
    public DatasetCopy()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("modelbot-data-").FullName;
        Copy(RepoData, Directory);
    }

    /// <summary>The repository's data/ directory, found by walking up to ModelBot.sln.</summary>
    public static string RepoData => ModelBot.Tests.Repository.RepositoryRoot.Data;

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a data file; fails when it is absent.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = File.ReadAllText(PathOf(relative));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"\"{find}\" not in {relative}");
        File.WriteAllText(PathOf(relative), string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="find"/> in a data file.</summary>
    public int LineOf(string relative, string find) =>
        File.ReadAllLines(PathOf(relative)).ToList().FindIndex(line => line.Contains(find, StringComparison.Ordinal)) + 1;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var directory in System.IO.Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            System.IO.Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
