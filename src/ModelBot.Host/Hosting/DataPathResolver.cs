namespace ModelBot.Host.Hosting;

/// <summary>
/// Turns the configured <c>Data:Path</c> into an absolute directory. A relative path is looked up in the current
/// directory first, then in every directory above the executable, so <c>dotnet run --project src/ModelBot.Host</c>
/// finds the repository's <c>data/</c> from the repository root and from anywhere else.
/// </summary>
public static class DataPathResolver
{
    /// <summary>The configuration key holding the dataset directory.</summary>
    public const string ConfigurationKey = "Data:Path";

    /// <summary>The dataset directory used when configuration names none.</summary>
    public const string DefaultPath = "data";

    /// <summary>Resolves a configured dataset path (walking up from <paramref name="executableDirectory"/> when it is relative and absent).</summary>
    /// <param name="configured">The configured value; null or blank means <see cref="DefaultPath"/>.</param>
    /// <param name="currentDirectory">The directory a relative path is taken from first.</param>
    /// <param name="executableDirectory">The directory the walk up starts from, usually <see cref="AppContext.BaseDirectory"/>.</param>
    /// <returns>The first existing match, or the path under <paramref name="currentDirectory"/> so the loader can report it missing.</returns>
    public static string Resolve(string? configured, string currentDirectory, string executableDirectory)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var underCurrent = Path.GetFullPath(path, currentDirectory);
        if (Directory.Exists(underCurrent))
        {
            return underCurrent;
        }

        for (var directory = new DirectoryInfo(executableDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return underCurrent;
    }

    /// <summary>
    /// The dataset directory for a command: an explicit <c>--data</c> value is taken as given (relative to the current
    /// directory); otherwise the configured <c>Data:Path</c> is resolved with the walk up.
    /// </summary>
    public static string ForCommand(string? explicitPath, string? configured) =>
        string.IsNullOrWhiteSpace(explicitPath)
            ? Resolve(configured, Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            : Path.GetFullPath(explicitPath);
}
