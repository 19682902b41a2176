using ModelBot.Core.Phrasing;

namespace ModelBot.Core.Queries;

/// <summary>
/// Which model facts a free-text question asks about ("is it open source?" → weights and licence), by the fact words
/// of data/vocabulary.yaml; longer phrases take their words first ("generate images" before "images").
/// </summary>
public static class ModelFieldKeywords
{
    /// <summary>The fields the question asks about, in the order the question names them, without repeats; empty when none.</summary>
    public static IReadOnlyList<ModelField> Find(string question, QuestionVocabulary vocabulary)
    {
        var found = new List<ModelField>();
        foreach (var match in vocabulary.FactPhrases.FindAll(question))
        {
            foreach (var field in match.Value)
            {
                if (!found.Contains(field))
                {
                    found.Add(field);
                }
            }
        }

        return found;
    }
}
