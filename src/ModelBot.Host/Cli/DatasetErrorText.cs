using ModelBot.Core.Loading;

namespace ModelBot.Host.Cli;

/// <summary>Formats dataset errors as <c>file:line:col: message</c>, with the file under the directory as shown.</summary>
public static class DatasetErrorText
{
    /// <summary>The error line; <paramref name="directory"/> is the data directory as it should appear (relative or absolute).</summary>
    public static string Format(string directory, DatasetError error)
    {
        var file = error.File == "." ? directory : Path.Combine(directory, error.File);
        return $"{file}:{error.Line}:{error.Column}: {error.Message}";
    }

    /// <summary>The data directory relative to the current directory when it lies below it, else absolute.</summary>
    public static string Shown(string directory)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), directory);
        return relative.StartsWith("..", StringComparison.Ordinal) ? directory : relative;
    }
}
