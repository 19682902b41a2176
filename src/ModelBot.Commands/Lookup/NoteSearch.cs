using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Commands.Lookup;

/// <summary>
/// Finds the note sentence that best answers a question by the words they share: words of four letters or more
/// compared by their first four letters ("build" finds "built", "train" finds "training"), and acronyms ("MSL").
/// </summary>
public static class NoteSearch
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "which", "when", "where", "does", "that", "this", "with", "from", "about", "tell", "have", "much", "many",
        "take", "took", "model", "models", "there", "their", "they", "actually", "really", "mean", "means", "know", "your",
        "into", "than", "then", "them", "been", "were", "will", "would", "could", "should", "some", "more", "most", "like",
    };

    /// <summary>The first sentence of the model's notes: what it is, for "what is FLUX.2 Pro for?".</summary>
    public static string? FirstSentence(Model model) => Sentences(model.Notes).FirstOrDefault();

    /// <summary>The best sentence and its model, or null when no sentence shares at least <paramref name="minimumScore"/> words.</summary>
    public static (Model Model, string Sentence)? Find(string question, IEnumerable<Model> models, int minimumScore)
    {
        var wanted = Stems(question).ToHashSet(StringComparer.OrdinalIgnoreCase);
        (Model Model, string Sentence)? best = null;
        var bestScore = 0;
        foreach (var model in models)
        {
            var names = Stems(string.Join(' ', [model.Name, .. model.Aliases])).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var sentence in Sentences(model.Notes))
            {
                // The model's own name is in the question already: it says nothing about which sentence answers it.
                // An acronym ("MSL") is as telling as two words.
                var score = Stems(sentence).Distinct(StringComparer.OrdinalIgnoreCase).Where(w => wanted.Contains(w) && !names.Contains(w)).Sum(w => w.Length >= 2 && w.All(char.IsUpper) ? 2 : 1);
                if (score > bestScore)
                {
                    (best, bestScore) = ((model, sentence), score);
                }
            }
        }

        return bestScore >= minimumScore ? best : null;
    }

    /// <summary>The notes split into sentences (a period and a space end one; "(MSL)." stays whole).</summary>
    public static IEnumerable<string> Sentences(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes))
        {
            yield break;
        }

        foreach (var sentence in notes.Replace('\n', ' ').Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return sentence.EndsWith('.') ? sentence : sentence + ".";
        }
    }

    private static IEnumerable<string> Stems(string text)
    {
        foreach (var word in text.Split([' ', ',', '.', '?', '!', ';', ':', '"', '(', ')', '“', '”', '\'', '’', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter))
            {
                yield return word;
            }
            else if (word.Length >= 4 && word.All(char.IsLetter) && !Ignored.Contains(word))
            {
                yield return NameKey.Normalize(word)[..4];
            }
        }
    }
}
