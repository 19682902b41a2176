using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Questions;

/// <summary>"according to Artificial Analysis", "Meta's official numbers": the evaluator a question limits figures to.</summary>
public static class EvaluatorFilter
{
    /// <summary>The first evaluator phrase in <paramref name="text"/>, or null.</summary>
    public static PhraseMatch<EvaluatorWords>? Find(string text, QuestionVocabulary vocabulary)
    {
        var found = FindAll(text, vocabulary);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every evaluator phrase in <paramref name="text"/>, in order ("the official and the Artificial Analysis score").</summary>
    public static List<PhraseMatch<EvaluatorWords>> FindAll(string text, QuestionVocabulary vocabulary) => vocabulary.EvaluatorPhrases.FindAll(text);
}
