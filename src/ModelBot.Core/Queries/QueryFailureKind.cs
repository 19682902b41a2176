namespace ModelBot.Core.Queries;

/// <summary>Why a query could not be answered.</summary>
public enum QueryFailureKind
{
    /// <summary>No model matches a name; suggestions are close spellings.</summary>
    UnknownModel,
    /// <summary>A name matches several models; suggestions are the candidates.</summary>
    AmbiguousModel,
    /// <summary>No benchmark matches a name; suggestions are close spellings.</summary>
    UnknownBenchmark,
    /// <summary>A name matches several benchmarks; suggestions are the candidates.</summary>
    AmbiguousBenchmark,
    /// <summary>The benchmark has no figures in that setting; suggestions are its settings.</summary>
    UnknownSetting,
    /// <summary>A comparison needs at least two different models (and at most <see cref="QueryService.MaximumComparedModels"/>).</summary>
    WrongModelCount,
    /// <summary>The request named no model, benchmark or fact to look up.</summary>
    NothingToLookUp,
}
