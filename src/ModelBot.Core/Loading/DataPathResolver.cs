namespace ModelBot.Core.Loading;

/// <summary>Turns <c>Data:Path</c> into a full path.</summary>
public static class DataPathResolver
{
    /// <summary>
    /// An absolute path as is; a relative one from the current directory or the nearest parent holding it, else from
    /// the application's directory or the nearest parent holding it (never the file system root); else relative to
    /// the current directory.
    /// </summary>
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        return FindUpwards(Directory.GetCurrentDirectory(), configured)
            ?? FindUpwards(AppContext.BaseDirectory, configured)
            ?? Path.GetFullPath(configured);
    }

    private static string? FindUpwards(string start, string relative)
    {
        // The file system root is not searched: "/data" there is rarely this bot's dataset.
        for (var directory = new DirectoryInfo(start); directory?.Parent is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
