using ModelBot.Core.Names;
using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Questions;

/// <summary>
/// Finds one misspelt model or benchmark name in a question ("deepseachqa", "muse sprak", "healthbnech") and the
/// question with it spelt right. Only plausible spellings count: the same first letter, a few edits at most, and never
/// a word the vocabulary or the names already know, so ordinary words are not "corrected" into names.
/// </summary>
internal static partial class Misspellings
{
    private const int MinimumLength = 5;

    // Everyday words a name's start is a few edits from ("about" and "AA output tokens").
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "above", "after", "again", "their", "there", "these", "those", "which", "while", "where", "whose", "would",
        "could", "should", "model", "models", "score", "scores", "think", "better", "worse", "thing", "things", "right", "great",
        "write", "makes", "ought", "other", "using", "under", "until", "being", "between", "doing", "every", "first", "leads",
        "lead", "people", "really", "still", "since", "times", "today", "world", "years", "function", "python", "weather",
    };

    /// <summary>"claude 4.6 opus" → "claude opus 4.6": a family, version and name word in another order, when only that order names a model.</summary>
    public static string Reorder(string question, NameResolver names)
    {
        foreach (System.Text.RegularExpressions.Match match in FamilyVersionWord().Matches(question))
        {
            var (family, version, word) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
            if (!names.KnowsModel(family + " " + version)
                && names.ResolveModel(family + " " + word + " " + version) is { IsFound: true, Match: MatchKind.Exact })
            {
                return question[..match.Index] + family + " " + word + " " + version + question[(match.Index + match.Length)..];
            }
        }

        return question;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"['’]s\b")]
    private static partial System.Text.RegularExpressions.Regex Possessive();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b([A-Za-z]+)\s+(\d+(?:\.\d+)*)\s+([A-Za-z]+)\b")]
    private static partial System.Text.RegularExpressions.Regex FamilyVersionWord();

    public static (string Corrected, string Assumption)? Correct(string question, NameResolver names, QuestionVocabulary vocabulary)
    {
        var words = question.Split([' ', ',', '?', '!', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries);
        // Two-word names first ("muse sprak"), then single words.
        for (var span = 2; span >= 1; span--)
        {
            for (var i = 0; i + span <= words.Length; i++)
            {
                var typed = Possessive().Replace(string.Join(' ', words, i, span), "").Trim('.', '\'', '’');
                if (typed.Length < MinimumLength || CommonWords.Contains(typed) || typed.Split(' ').Any(w => CommonWords.Contains(w) || Known(w, names, vocabulary))
                    || Known(typed, names, vocabulary))
                {
                    continue;
                }

                var name = Suggest(typed, names) ?? SuggestWord(typed, vocabulary);
                if (name is not null)
                {
                    return (ReplaceFirst(question, typed, name), $"(Read '{typed}' as {name}.)");
                }
            }
        }

        return null;
    }

    private static bool Known(string typed, NameResolver names, QuestionVocabulary vocabulary)
    {
        if (names.KnowsModel(typed) || names.KnowsBenchmark(typed))
        {
            return true;
        }

        return vocabulary.Phrases.Contains(typed);
    }

    /// <summary>The one vocabulary phrase <paramref name="typed"/> misspells ("contxt windw" → "context window"), or null.</summary>
    private static string? SuggestWord(string typed, QuestionVocabulary vocabulary)
    {
        var key = NameKey.Normalize(typed);
        // Phrases of several words only ("contxt windw"): a single English word is too often another word ("revealed").
        if (key.Length < 6 || !typed.Contains(' '))
        {
            return null;
        }

        var phrases = vocabulary.SpellablePhrases;
        // Whole phrases only: "how much" is no misspelling of "how much does".
        var found = phrases.Where(p => NameKey.Normalize(p) is var other && other[0] == key[0] && EditDistance.Compute(key, other, 2) <= (key.Length >= 8 ? 2 : 1)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The display name of the one plausible model or benchmark <paramref name="typed"/> misspells, or null.</summary>
    private static string? Suggest(string typed, NameResolver names)
    {
        var key = NameKey.Normalize(typed);
        var candidates = new List<string>(2);
        foreach (var model in names.SuggestModels(typed, sameStart: true))
        {
            if (Close(key, model.Name, model.Aliases, model.Id))
            {
                candidates.Add(model.Name);
            }
        }

        foreach (var benchmark in names.SuggestBenchmarks(typed, sameStart: true))
        {
            if (Close(key, benchmark.Name, benchmark.Aliases, benchmark.Id))
            {
                candidates.Add(benchmark.Name);
            }
        }

        // "grok 4", "aime 2025": another version of a name is no misspelling of it.
        candidates = [.. candidates.Where(c => SameDigits(typed, c))];
        if (candidates.Distinct().Count() == 1)
        {
            return candidates[0];
        }

        // "gemeni 3.1 pro": a misspelt family word, put right on its own; the name it starts is read as usual.
        if (candidates.Count == 0 && !typed.Contains(' ') && key.Length >= 5 && key.All(char.IsLetter))
        {
            var families = names.FamilyWords.GetValueOrDefault(key[0], [])
                .Where(f => EditDistance.Compute(key, NameKey.Normalize(f), 1) <= 1)
                .ToList();
            return families.Count == 1 ? families[0] : null;
        }

        return null;
    }

    private static bool SameDigits(string typed, string name)
    {
        var typedDigits = new string([.. typed.Where(char.IsDigit)]);
        return typedDigits.Length == 0 || typedDigits == new string([.. name.Where(char.IsDigit)]);
    }

    /// <summary>The same first letter and at most two edits from the name, an alias or the id, or from their start of the same length.</summary>
    private static bool Close(string key, string name, IReadOnlyList<string> aliases, string id)
    {
        foreach (var candidate in aliases.Append(name).Append(id))
        {
            var other = NameKey.Normalize(candidate);
            if (other.Length == 0 || other[0] != key[0])
            {
                continue;
            }

            var max = key.Length >= 8 ? 2 : 1;
            // Whole names only: a word is no misspelling of a longer name's start ("generally" is not "General score").
            if (EditDistance.Compute(key, other, max) <= max)
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceFirst(string text, string typed, string name)
    {
        var at = text.IndexOf(typed, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), name, text.AsSpan(at + typed.Length));
    }
}
