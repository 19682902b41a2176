using System.Diagnostics.CodeAnalysis;
using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>The outcome of loading a data directory: a validated dataset, or every error found in it.</summary>
public sealed record DatasetLoadResult
{
    private DatasetLoadResult(CuratedDataset? dataset, IReadOnlyList<DatasetError> errors)
    {
        Dataset = dataset;
        Errors = errors;
    }

    /// <summary>The dataset when there were no errors.</summary>
    public CuratedDataset? Dataset { get; }

    /// <summary>Every error, ordered by file and line; empty on success.</summary>
    public IReadOnlyList<DatasetError> Errors { get; }

    /// <summary>Whether the dataset loaded without errors.</summary>
    [MemberNotNullWhen(true, nameof(Dataset))]
    public bool IsValid => Dataset is not null;

    /// <summary>A valid dataset.</summary>
    public static DatasetLoadResult Success(CuratedDataset dataset) => new(dataset, []);

    /// <summary>A dataset with errors.</summary>
    public static DatasetLoadResult Failure(IReadOnlyList<DatasetError> errors) => new(null, errors);
}
