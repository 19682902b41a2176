using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Commands.Lookup;

/// <summary>
/// Finds the note sentence that best answers a question by the words they share: words of four letters or more
/// compared by their first four letters ("build" finds "built", "train" finds "training"), and acronyms ("MSL").
/// </summary>
public static partial class NoteSearch
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "which", "when", "where", "does", "that", "this", "with", "from", "about", "tell", "have", "much", "many",
        "take", "took", "model", "models", "there", "their", "they", "actually", "really", "mean", "means", "know", "your",
        "into", "than", "then", "them", "been", "were", "will", "would", "could", "should", "some", "more", "most", "like",
        "best", "good", "great", "better", "worse", "work", "works", "make", "makes", "whats", "made", "does", "doing",
    };

    /// <summary>Whether the model's notes use <paramref name="word"/> as a whole word ("Chinese").</summary>
    public static bool Mentions(Model model, string word) =>
        model.Notes is { } notes && System.Text.RegularExpressions.Regex.IsMatch(notes, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The first sentence of the model's notes: what it is, for "what is FLUX.2 Pro for?".</summary>
    public static string? FirstSentence(Model model) => Sentences(model.Notes).FirstOrDefault(s => !IsCuration(s));

    /// <summary>The best sentence and its model, or null when no sentence shares at least <paramref name="minimumScore"/> words.</summary>
    public static (Model Model, string Sentence)? Find(string question, IEnumerable<Model> models, int minimumScore, bool withProseFacts = true)
    {
        var wanted = Words(question).ToList();
        (Model Model, string Sentence)? best = null;
        var bestScore = 0;
        foreach (var model in models)
        {
            var names = Words(string.Join(' ', [model.Name, .. model.Aliases])).ToList();
            // A model's access and pricing prose answers questions about that model; across every model ("stock price
            // of Meta") it would match too much.
            foreach (var sentence in withProseFacts ? Sentences(model.Notes).Concat(Sentences(model.Access)).Concat(Sentences(model.Pricing)) : Sentences(model.Notes))
            {
                if (IsCuration(sentence))
                {
                    continue;
                }

                // The model's own name is in the question already: it says nothing about which sentence answers it.
                // An acronym ("MSL") is as telling as two words.
                var score = Words(sentence).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Where(w => wanted.Any(q => Same(q, w)) && !names.Any(n => Same(n, w)))
                    .Sum(w => IsAcronym(w) ? 2 : 1);
                if (score > bestScore)
                {
                    (best, bestScore) = ((model, sentence), score);
                }
            }
        }

        return bestScore >= minimumScore ? best : null;
    }

    /// <summary>A curator's remark about the sources ("Inferred: …", "no article states …"), not something to tell a user.</summary>
    private static bool IsCuration(string sentence) =>
        sentence.StartsWith("Inferred", StringComparison.OrdinalIgnoreCase)
        || sentence.StartsWith("No article", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("muse-spark-", StringComparison.Ordinal)
        || sentence.Contains("dayahimour", StringComparison.Ordinal);

    /// <summary>
    /// The same word, or two forms of one: a shared start of at least four letters that falls short of the shorter
    /// word by at most one letter ("build"/"built", "train"/"training"; not "contxt"/"contemplating").
    /// </summary>
    private static bool Same(string a, string b)
    {
        if (IsAcronym(a) || IsAcronym(b))
        {
            return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && char.ToLowerInvariant(a[shared]) == char.ToLowerInvariant(b[shared]))
        {
            shared++;
        }

        return shared >= 4 && shared >= Math.Min(a.Length, b.Length) - 1;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter);

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

    private static IEnumerable<string> Words(string text)
    {
        foreach (var word in text.Split([' ', ',', '.', '?', '!', ';', ':', '"', '(', ')', '“', '”', '\'', '’', '/'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Contains('-') ? [w, .. w.Split('-', StringSplitOptions.RemoveEmptyEntries)] : new[] { w }))
        {
            if (IsAcronym(word) || (word.Length >= 4 && word.All(char.IsLetter) && !Ignored.Contains(word)) || Hyphenated().IsMatch(word))
            {
                yield return word;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z]-[a-z]{3,}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Hyphenated();
}
