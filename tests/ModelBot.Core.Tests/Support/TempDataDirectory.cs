namespace ModelBot.Core.Tests.Support;

/// <summary>A data directory in a temporary folder, deleted on dispose; files can be edited by find-and-replace.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    private TempDataDirectory(string path) => Path = path;

    public string Path { get; }

    /// <summary>A small valid dataset whose lines the validation tests refer to.</summary>
    public static TempDataDirectory WithSmallDataset()
    {
        var directory = Create();
        foreach (var (file, text) in SmallDataset.Files)
        {
            directory.Write(file, text);
        }

        return directory;
    }

    /// <summary>A copy of the repository's data/ directory.</summary>
    public static TempDataDirectory CopyOfRepositoryData()
    {
        var directory = Create();
        foreach (var file in Directory.GetFiles(TestData.DataDirectory, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(TestData.DataDirectory, file);
            directory.Write(relative, File.ReadAllText(file));
        }

        return directory;
    }

    public string Read(string file) => File.ReadAllText(Full(file));

    public void Write(string file, string text)
    {
        var full = Full(file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Replaces the only occurrence of <paramref name="find"/> in a file.</summary>
    public void Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' not in {file}");
        text.IndexOf(find, at + 1, StringComparison.Ordinal).ShouldBe(-1, $"'{find}' occurs twice in {file}");
        Write(file, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    /// <summary>The 1-based line of the only occurrence of <paramref name="find"/> in a file.</summary>
    public int LineOf(string file, string find)
    {
        var text = Read(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' not in {file}");
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS temp cleaner removes it later.
        }
    }

    private static TempDataDirectory Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "modelbot-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempDataDirectory(path);
    }

    private string Full(string file) => System.IO.Path.Combine(Path, file);
}
