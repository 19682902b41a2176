namespace ModelBot.Core.Loading;

/// <summary>The dataset's state, for <c>GET /healthz</c>.</summary>
public sealed record DatasetStatus
{
    /// <summary>Whether a valid dataset is in service.</summary>
    public required bool Loaded { get; init; }

    /// <summary>The data directory.</summary>
    public required string Path { get; init; }

    /// <summary>The version in service (0 before the first load).</summary>
    public required int Version { get; init; }

    /// <summary>When the version in service was loaded.</summary>
    public DateTimeOffset? LoadedAt { get; init; }

    /// <summary>Number of models in service.</summary>
    public int Models { get; init; }

    /// <summary>Number of benchmarks in service.</summary>
    public int Benchmarks { get; init; }

    /// <summary>Number of sources in service.</summary>
    public int Sources { get; init; }

    /// <summary>Number of results in service.</summary>
    public int Results { get; init; }

    /// <summary>The last failed reload after the version in service, if any.</summary>
    public DatasetReloadFailure? LastError { get; init; }
}
