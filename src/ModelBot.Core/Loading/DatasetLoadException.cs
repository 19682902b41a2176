namespace ModelBot.Core.Loading;

/// <summary>Thrown only at start-up, when no valid dataset was ever loaded: the host must not serve without one.</summary>
public sealed class DatasetLoadException : Exception
{
    /// <summary>Creates the exception for a directory and its errors.</summary>
    public DatasetLoadException(string path, IReadOnlyList<DatasetError> errors)
        : base(Describe(path, errors))
    {
        Path = path;
        Errors = errors;
    }

    /// <summary>The data directory.</summary>
    public string Path { get; }

    /// <summary>The errors.</summary>
    public IReadOnlyList<DatasetError> Errors { get; }

    private static string Describe(string path, IReadOnlyList<DatasetError> errors) =>
        $"The dataset in {path} has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
