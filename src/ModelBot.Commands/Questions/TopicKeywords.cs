using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Questions;

/// <summary>
/// The words people use for a kind of task ("medical", "coding", "abstract reasoning") and the topic each stands
/// for, as data/vocabulary.yaml lists them. Longer phrases win ("abstract reasoning" over "reasoning").
/// </summary>
public static class TopicKeywords
{
    /// <summary>Whether <paramref name="word"/> is itself a topic word ("health", "search"; not "swe-bench").</summary>
    public static bool IsTopicWord(string word, QuestionVocabulary vocabulary)
    {
        foreach (var topic in vocabulary.Topics)
        {
            if (topic.Words.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The topic of the first topic phrase in <paramref name="text"/> (whole words, any case), or null.</summary>
    public static TopicTarget? Find(string text, QuestionVocabulary vocabulary) => FindMatch(text, vocabulary)?.Value;

    /// <summary>The first topic phrase in <paramref name="text"/> with its position, or null.</summary>
    public static PhraseMatch<TopicTarget>? FindMatch(string text, QuestionVocabulary vocabulary)
    {
        var found = FindAll(text, vocabulary);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every topic phrase in <paramref name="text"/>, in order.</summary>
    public static List<PhraseMatch<TopicTarget>> FindAll(string text, QuestionVocabulary vocabulary) =>
        vocabulary.TopicPhrases.FindAll(text).ConvertAll(m => new PhraseMatch<TopicTarget>(m.Start, m.Length, m.Phrase, Target(m.Value)));

    private static TopicTarget Target(TopicWords topic) =>
        (topic.Category is { } category ? new TopicTarget(category, category, []) : new TopicTarget(topic.Label, null, topic.BenchmarkIds)) with { Overall = topic.Overall };
}
