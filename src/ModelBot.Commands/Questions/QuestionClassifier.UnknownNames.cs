using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Names;
using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Questions;

/// <summary>
/// The names a question holds that the dataset lacks or that need a reading: unknown versions and benchmarks named as
/// missing, family words read as the one model with figures, and the refusal that says what can be asked instead.
/// </summary>
public sealed partial class QuestionClassifier
{
    /// <summary>Whether the word is one of the vocabulary's words, so it is never read as a model's name.</summary>
    private static bool VocabularyWord(string word, QuestionVocabulary vocabulary) => vocabulary.PhraseWords.Contains(word);

    /// <summary>
    /// A family word that could mean several models ("opus": 4.6 or 4.7), read as the one that has figures on the named
    /// benchmark (or any figures when none is named): its position, id and the sentence saying what was assumed; null when
    /// no such word or no single model fits.
    /// </summary>
    private static (int Start, int Length, string Id, string? Note)? AmbiguousFamily(string blanked, NameResolver names, Core.Dataset.CuratedDataset dataset, List<string> models, List<string> benchmarks)
    {
        foreach (System.Text.RegularExpressions.Match word in FamilyWord().Matches(blanked))
        {
            var resolution = names.ResolveModel(word.Value);
            if (resolution.IsFound && !models.Contains(resolution.Value.Id) && word.Length >= 4 && !VocabularyWord(word.Value, dataset.Vocabulary)
                && !StopWords.Contains(word.Value) && !SubjectFillers.Contains(word.Value) && resolution.Value.Name.StartsWith(word.Value, StringComparison.OrdinalIgnoreCase))
            {
                // "vs grok": the one model a family word names, as a whole name would.
                return (word.Index, word.Length, resolution.Value.Id, null);
            }

            if (resolution.Status != ResolutionStatus.Ambiguous)
            {
                continue;
            }

            var fitting = resolution.Candidates
                .Where(c => !models.Contains(c.Id) && dataset.ResultsByModel.TryGetValue(c.Id, out var results)
                    && (benchmarks.Count == 0 ? results.Any(r => models.Count == 0 || models.Any(m => dataset.ResultsByModel.TryGetValue(m, out var other) && other.Any(o => o.Benchmark == r.Benchmark)))
                                              : results.Any(r => benchmarks.Contains(r.Benchmark))))
                .ToList();
            if (fitting.Count == 1)
            {
                var what = benchmarks.Count > 0 ? "figures on " + dataset.BenchmarksById[benchmarks[0]].Name : "figures to compare";
                return (word.Index, word.Length, fitting[0].Id, $"(Read '{word.Value}' as {fitting[0].Name}, the only one of {string.Join(", ", resolution.Candidates.Select(c => c.Name))} with {what}.)");
            }

            // Several fit ("gpt": GPT-5.4 and GPT-5.5): the one with by far the most figures, the one the sources compare.
            var ranked = fitting.OrderByDescending(c => dataset.ResultsByModel[c.Id].Count).ToList();
            if (ranked.Count > 1 && dataset.ResultsByModel[ranked[0].Id].Count >= 3 * dataset.ResultsByModel[ranked[1].Id].Count)
            {
                return (word.Index, word.Length, ranked[0].Id,
                    $"(Read '{word.Value}' as {ranked[0].Name}, the one of {string.Join(", ", resolution.Candidates.Select(c => c.Name))} the sources give most figures for.)");
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Za-z][A-Za-z-]{2,}\b")]
    private static partial System.Text.RegularExpressions.Regex FamilyWord();

    /// <summary>"how does Muse Spark do on bigcodebench?": the word after "on" that names no benchmark, topic or setting; refused naming it.</summary>
    private InvalidRequest? UnknownBenchmark(string blanked, NameResolver names, QuestionVocabulary vocabulary)
    {
        var match = OnWord().Match(blanked);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups[1].Value.TrimEnd('.', '?', '!');
        var known = vocabulary.Topics.SelectMany(t => t.Words).Concat(vocabulary.Facts.SelectMany(f => f.Words)).Concat(vocabulary.Evaluators.SelectMany(e => e.Words))
            .Any(w => w.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        if (known || StopWords.Contains(word) || SubjectFillers.Contains(word) || NotBenchmarkWords.Contains(word)
            || names.KnowsBenchmark(word) || names.KnowsModel(word))
        {
            return null;
        }

        var suggestions = names.SuggestBenchmarks(word).Where(b => Plausible(word, b.Id, b.Name)).Select(b => b.Id).ToArray();
        return new InvalidRequest(
            CommandNames.Ask,
            $"The dataset has no benchmark called '{word}'." + (suggestions.Length > 0 ? $" Did you mean {suggestions[0]}?" : " /benchmark lists what it has, or ask \"list all benchmarks\"."),
            [.. suggestions, "list all benchmarks"]);
    }

    private static readonly HashSet<string> NotBenchmarkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tools", "tool", "average", "paper", "launch", "release", "earth", "top", "their", "its", "his", "her", "meta", "openai", "google",
        "anthropic", "balance", "paper", "benchmarks", "everything", "each", "these", "those", "both", "what", "which", "official",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\bon\s+(?:the\s+)?([A-Za-z][\w.-]{2,})\s*[?.!]*\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OnWord();

    /// <summary>
    /// A model-like name with a version ("gpt-9", "grok 4", "claude 5") that is no model of the dataset, though its
    /// first word names a model family: the failure naming it and the closest models; null when there is none.
    /// </summary>
    private static InvalidRequest? UnknownModel(string blanked, NameResolver names)
    {
        foreach (System.Text.RegularExpressions.Match match in VersionedName().Matches(blanked))
        {
            var name = match.Value;
            if (StopWords.Contains(match.Groups[1].Value))
            {
                continue;
            }

            // Only a name whose first word names a model family ("gpt", "grok", "claude"): "top 3" or "in 2026" are not;
            // nor is a score quoted after a name ("gemini 45.4").
            if (ScoreAfterName().IsMatch(name))
            {
                continue;
            }

            var family = names.ResolveModel(match.Groups[1].Value);
            if (family.Status == ResolutionStatus.NotFound)
            {
                continue;
            }

            var resolution = names.ResolveModel(name);
            if (resolution.Status == ResolutionStatus.Ambiguous)
            {
                var candidates = resolution.Candidates.Select(m => m.Id).ToArray();
                return new InvalidRequest(CommandNames.Ask, $"'{name}' could mean several models: {string.Join(", ", candidates)}. Ask again with one of them.", candidates);
            }

            if (resolution.Status == ResolutionStatus.NotFound)
            {
                var suggestions = (resolution.Suggestions.Count > 0 ? resolution.Suggestions : family.IsFound ? [family.Value] : family.Candidates)
                    .Select(m => m.Id).ToArray();
                return new InvalidRequest(CommandNames.Ask, $"No model matches '{name}'. Did you mean {suggestions[0]}?", suggestions);
            }
        }

        return null;
    }

    /// <summary>"how does phi-4 compare with Gemma 4?": a versioned name of no known family set beside a model; refused naming it.</summary>
    private static InvalidRequest? UnknownComparedModel(string blanked, NameResolver names, List<string> models, Core.Dataset.CuratedDataset dataset)
    {
        if (models.Count == 0 || !CompareWords().IsMatch(blanked))
        {
            return null;
        }

        foreach (System.Text.RegularExpressions.Match match in VersionedName().Matches(blanked))
        {
            if (StopWords.Contains(match.Groups[1].Value) || SubjectFillers.Contains(match.Groups[1].Value) || ScoreAfterName().IsMatch(match.Value)
                || System.Text.RegularExpressions.Regex.IsMatch(match.Value, @"\d[MmKkBb%]?$") && System.Text.RegularExpressions.Regex.IsMatch(match.Value, @"\d+(\.\d+)?[MmKkBb]$")
                || NotModelWords.Contains(match.Groups[1].Value) || VocabularyWord(match.Groups[1].Value, dataset.Vocabulary)
                || match.Groups[1].Value.Equals("top", StringComparison.OrdinalIgnoreCase) || names.ResolveModel(match.Value).Status != ResolutionStatus.NotFound
                || names.ResolveBenchmark(match.Value).Status != ResolutionStatus.NotFound)
            {
                continue;
            }

            return new InvalidRequest(CommandNames.Ask, $"The dataset has no model called '{match.Value}': none of the articles gives it a figure. Ask about the models it has, e.g. \"which models do you know?\".", ["which models do you know?"]);
        }

        return null;
    }

    private static readonly HashSet<string> NotModelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "used", "got", "scored", "score", "scores", "get", "gets", "hit", "reached", "only", "about", "around", "roughly", "nearly", "over",
        "under", "than", "for", "vs", "top", "bottom", "last", "first", "rank", "ranked", "place", "version", "v", "is", "was", "at",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(vs\.?|versus|compare[sd]?|compared|against|than|and|or|with)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CompareWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s\d{2,}(\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex ScoreAfterName();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b([A-Za-z]{2,})[- ]?v?\d+(?:\.\d+)*[A-Za-z]?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VersionedName();

    private InvalidRequest Unplaced(string question, NameResolver names, bool asksLeader)
    {
        var guesses = new List<string>(3);
        foreach (var word in question.Split([' ', ',', '?', '!', '.', ';', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 4 || StopWords.Contains(word) || guesses.Count >= 3)
            {
                continue;
            }

            // Only plausible spellings: a typo keeps the first letter ("gemnini"), "python" is not "mythos".
            foreach (var model in names.SuggestModels(word).Where(m => Plausible(word, m.Id, m.Name)))
            {
                AddGuess(guesses, model.Id);
            }

            foreach (var benchmark in names.SuggestBenchmarks(word).Where(b => Plausible(word, b.Id, b.Name)))
            {
                AddGuess(guesses, benchmark.Id);
            }
        }

        // "who leads mmlu?": name what was asked about, so the asker sees it is not in the dataset rather than misread.
        var unknown = asksLeader && guesses.Count == 0 ? UnknownSubject(question) : null;
        var error = guesses.Count > 0
            ? $"I couldn't find a model or benchmark I know in that question. Did you mean {string.Join(" or ", guesses)}?"
            : (unknown is null ? "I couldn't find a model or benchmark I know in that question." : $"The dataset has no benchmark, topic or model called '{unknown}'.")
                + " I answer questions about AI models and their benchmark results from a curated set of articles: who leads a benchmark or a topic (medical, coding, vision, reasoning, agentic), how models compare and by how much, where a model leads, and a model's facts (weights, licence, context window, release date, availability).";
        return new InvalidRequest(CommandNames.Ask, error, [.. guesses, .. _catalog.ExampleQuestions]);
    }

    /// <summary>The words of a leader question that are neither question words nor leader words ("mmlu"); null when none.</summary>
    private static string? UnknownSubject(string question)
    {
        var words = question.Split([' ', ',', '?', '!', '.', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2 && !StopWords.Contains(w) && !SubjectFillers.Contains(w) && !LeaderWords.Contains(w, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        return words.Length is > 0 and <= 4 ? string.Join(' ', words) : null;
    }

    private static bool Plausible(string word, string id, string name) =>
        char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(id[0]) || char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(name[0]);

    private static void AddGuess(List<string> guesses, string id)
    {
        if (guesses.Count < 3 && !guesses.Contains(id))
        {
            guesses.Add(id);
        }
    }
}
