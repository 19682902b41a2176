namespace ModelBot.Core.Loading;

/// <summary>Collects the errors of one load.</summary>
internal sealed class ErrorSink
{
    private readonly List<DatasetError> _errors = [];
    private readonly Lock _gate = new();
    private readonly ErrorSink? _parent;
    private bool _committed;

    public ErrorSink()
    {
    }

    private ErrorSink(ErrorSink parent) => _parent = parent;

    /// <summary>
    /// A sink that holds its errors until <see cref="Commit"/> passes them (and every later one) to this sink, or
    /// drops them when never committed: a piece of a file read in parallel, kept only when every piece parses.
    /// </summary>
    public ErrorSink Buffer() => new(this);

    /// <summary>Passes the held errors to the parent sink; errors added later go straight there.</summary>
    public void Commit()
    {
        lock (_gate)
        {
            foreach (var error in _errors)
            {
                _parent!.Add(error);
            }

            _errors.Clear();
            _committed = true;
        }
    }

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
    public void Add(string file, DataPosition position, string message) => Add(new DatasetError(file, position.Line, position.Column, message));

    private void Add(DatasetError error)
    {
        lock (_gate)
        {
            if (_committed)
            {
                _parent!.Add(error);
                return;
            }

            _errors.Add(error);
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
