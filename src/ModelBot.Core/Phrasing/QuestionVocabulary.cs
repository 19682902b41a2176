using ModelBot.Core.Queries;

namespace ModelBot.Core.Phrasing;

/// <summary>
/// The words people use in questions and what each stands for in the dataset (data/vocabulary.yaml): topics, the
/// model facts a question asks for, evaluator and source filters, and the cues of an operation (gap, list, …).
/// Loaded and validated with the dataset, so a reload swaps both together.
/// </summary>
public sealed record QuestionVocabulary(
    IReadOnlyList<TopicWords> Topics,
    IReadOnlyList<FactWords> Facts,
    IReadOnlyList<EvaluatorWords> Evaluators,
    IReadOnlyList<OperationWords> Operations)
{
    /// <summary>Every phrase of every section, for "is this typed word one the vocabulary knows?" (made once per dataset).</summary>
    public IReadOnlySet<string> Phrases { get; } =
        Topics.SelectMany(t => t.Words).Concat(Facts.SelectMany(f => f.Words)).Concat(Evaluators.SelectMany(e => e.Words)).Concat(Operations.SelectMany(o => o.Words))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every single word of every phrase ("deep" of "deep search"), so no such word is read as a model's name.</summary>
    public IReadOnlySet<string> PhraseWords { get; } =
        Topics.SelectMany(t => t.Words).Concat(Facts.SelectMany(f => f.Words)).Concat(Evaluators.SelectMany(e => e.Words)).Concat(Operations.SelectMany(o => o.Words))
            .SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The topic and fact phrases of several words a misspelling may stand for ("contxt windw").</summary>
    public IReadOnlyList<string> SpellablePhrases { get; } =
        [.. Topics.SelectMany(t => t.Words).Concat(Facts.SelectMany(f => f.Words)).Where(w => w.Length >= 6 && w.Contains(' ')).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Every topic phrase, found in a question with the topic it stands for.</summary>
    public PhraseSet<TopicWords> TopicPhrases { get; } = new(Topics.SelectMany(t => t.Words.Select(w => (w, t))));

    /// <summary>Every fact phrase, with the fields it asks for.</summary>
    public PhraseSet<IReadOnlyList<ModelField>> FactPhrases { get; } = new(Facts.SelectMany(f => f.Words.Select(w => (w, f.Fields))));

    /// <summary>Every evaluator phrase, with its evaluator.</summary>
    public PhraseSet<EvaluatorWords> EvaluatorPhrases { get; } = new(Evaluators.SelectMany(e => e.Words.Select(w => (w, e))));

    private readonly Dictionary<string, PhraseSet<bool>> _operationPhrases = Operations
        .GroupBy(o => o.Operation, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new PhraseSet<bool>(g.First().Words.Select(w => (w, true))), StringComparer.Ordinal);

    private static readonly PhraseSet<bool> NoPhrases = new([]);

    /// <summary>The words of one operation ("gap") as a set to find in questions; empty when the vocabulary has none.</summary>
    public PhraseSet<bool> OperationPhrases(string operation) => _operationPhrases.GetValueOrDefault(operation, NoPhrases);

    /// <summary>No words: a dataset without vocabulary.yaml answers names and commands only.</summary>
    public static QuestionVocabulary Empty { get; } = new([], [], [], []);
}

/// <summary>A topic: its words and the category or benchmarks it stands for.</summary>
public sealed record TopicWords(string Label, IReadOnlyList<string> Words, string? Category, IReadOnlyList<string> BenchmarkIds)
{
    /// <summary>
    /// "overall": a question about this topic is about the models as a whole, so a comparison on it also counts every
    /// benchmark the models share (its own few rows are thin ground for "better overall").
    /// </summary>
    public bool Overall { get; init; }
}

/// <summary>The words that ask for some of a model's facts.</summary>
public sealed record FactWords(IReadOnlyList<ModelField> Fields, IReadOnlyList<string> Words);

/// <summary>The words that limit figures to one evaluator (and, when given, one source).</summary>
public sealed record EvaluatorWords(string Evaluator, string? Source, IReadOnlyList<string> Words);

/// <summary>The words that ask for an operation: gap, ratio, list, largest, smallest, explain.</summary>
public sealed record OperationWords(string Operation, IReadOnlyList<string> Words);
