using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>The answer to a question about some facts of one model ("is Muse Spark open source?").</summary>
public sealed record ModelFactReport
{
    /// <summary>The model.</summary>
    public required Model Model { get; init; }

    /// <summary>The facts asked for that the dataset states, in the order asked.</summary>
    public required IReadOnlyList<ModelFact> Facts { get; init; }

    /// <summary>The facts asked for that no source states.</summary>
    public required IReadOnlyList<ModelField> Unknown { get; init; }

    /// <summary>The sources of the model's facts.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
