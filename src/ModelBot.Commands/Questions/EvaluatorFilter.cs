using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Questions;

/// <summary>"according to Artificial Analysis", "Meta's official numbers": the evaluator a question limits figures to.</summary>
public static class EvaluatorFilter
{
    /// <summary>The first evaluator phrase in <paramref name="text"/>, or null.</summary>
    public static PhraseMatch<EvaluatorWords>? Find(string text, QuestionVocabulary vocabulary)
    {
        var phrases = vocabulary.Evaluators.SelectMany(e => e.Words.Select(w => (w, e)));
        var found = PhraseFinder.FindAll(text, phrases);
        return found.Count == 0 ? null : found[0];
    }
}
