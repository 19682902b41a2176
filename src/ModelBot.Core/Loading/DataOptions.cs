namespace ModelBot.Core.Loading;

/// <summary>Configuration section <c>Data</c>.</summary>
public sealed class DataOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Data";

    /// <summary>Longest accepted debounce.</summary>
    public const int MaximumDebounceMilliseconds = 60_000;

    /// <summary>
    /// The data directory (<c>Data:Path</c>). A relative path is looked up from the current directory, then its
    /// parents, then the application's directory and its parents.
    /// </summary>
    public string Path { get; set; } = "data";

    /// <summary>Whether to reload when files change (<c>Data:Watch</c>).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last change before reloading (<c>Data:DebounceMilliseconds</c>).</summary>
    public int DebounceMilliseconds { get; set; } = 250;
}
