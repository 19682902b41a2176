namespace ModelBot.Core.Loading;

/// <summary>Collects the errors of one load.</summary>
internal sealed class ErrorSink
{
    private readonly List<DatasetError> _errors = [];
    private readonly Lock _gate = new();

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _errors.Count > 0;
            }
        }
    }

    /// <summary>Reports an error at a position of a file (thread-safe: result files are read in parallel, each by one thread).</summary>
    public void Add(string file, DataPosition position, string message)
    {
        lock (_gate)
        {
            _errors.Add(new DatasetError(file, position.Line, position.Column, message));
        }
    }

    /// <summary>The errors, ordered by file (sources, models, benchmarks, results) and position; stable otherwise.</summary>
    public IReadOnlyList<DatasetError> Sorted() =>
        [.. _errors
            .OrderBy(error => FileRank(error.File))
            .ThenBy(error => error.File, StringComparer.Ordinal)
            .ThenBy(error => error.Line)
            .ThenBy(error => error.Column)];

    private static int FileRank(string file) => file switch
    {
        DataFiles.Sources => 0,
        DataFiles.Models => 1,
        DataFiles.Benchmarks => 2,
        _ => 3,
    };
}
