namespace ModelBot.Core.Loading;

/// <summary>The file layout of a data directory (see data/README.md).</summary>
public static class DataFiles
{
    /// <summary>The sources file.</summary>
    public const string Sources = "sources.yaml";

    /// <summary>The models file.</summary>
    public const string Models = "models.yaml";

    /// <summary>The benchmarks file.</summary>
    public const string Benchmarks = "benchmarks.yaml";

    /// <summary>The question vocabulary: topic, fact, evaluator and operation words (optional).</summary>
    public const string Vocabulary = "vocabulary.yaml";

    /// <summary>The directory holding one results file per source.</summary>
    public const string ResultsDirectory = "results";

    /// <summary>The extension of every data file.</summary>
    public const string Extension = ".yaml";
}
