using System.Text.RegularExpressions;
using ModelBot.Core.Dataset;
using ModelBot.Core.Names;
using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.MultiPart;

/// <summary>
/// Splits a question that asks two things ("what modalities does Muse Spark support? can it output images?",
/// "does DeepSeek V4 Pro have open weights and what's its agentic score?") into its parts, each a question of its own:
/// a pronoun in a later part ("it", "its") stands for the model the first part named. A part counts only when it asks
/// something of its own (a name, a topic or a fact word); "…, and who beat it?" is the first part's question said again.
/// </summary>
public static partial class QuestionParts
{
    /// <summary>At most this many parts are answered; a longer run-on question is read whole.</summary>
    public const int MaximumParts = 3;

    /// <summary>The parts of <paramref name="question"/>, or a single part (the question itself) when it asks one thing.</summary>
    public static IReadOnlyList<string> Split(string question, NameResolver names, CuratedDataset dataset)
    {
        var pieces = new List<string>(2);
        foreach (var sentence in QuestionMarks().Split(question))
        {
            pieces.AddRange(AndQuestion().Split(sentence).Where(p => !string.IsNullOrWhiteSpace(p)));
        }

        // Each part keeps its question mark: some readings ("what's X's score?") differ from a statement.
        pieces = [.. pieces.Select(p => p.Trim().TrimEnd(',', ';').Trim()).Where(p => p.Length > 0).Select(p => p.EndsWith('?') ? p : p + "?")];
        if (pieces.Count < 2 || pieces.Count > MaximumParts)
        {
            return [question];
        }

        var firstModel = names.FindMentions(pieces[0]).FirstOrDefault(m => m.Kind == MentionKind.Model) is { } mention
            ? dataset.ModelsById[mention.Id].Name
            : null;
        var parts = new List<string>(pieces.Count) { pieces[0] };
        for (var i = 1; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var mentions = names.FindMentions(piece);
            var ownNames = mentions.Count > 0;
            if (!mentions.Any(m => m.Kind == MentionKind.Model) && firstModel is not null)
            {
                piece = Pronoun().Replace(piece, m => m.Groups["its"].Success ? firstModel + "'s"
                    : m.Groups["itis"].Success ? firstModel + " is"
                    : firstModel);
            }

            if (!ownNames && !dataset.Vocabulary.TopicPhrases.Contains(piece) && !dataset.Vocabulary.FactPhrases.Contains(piece))
            {
                // Nothing of its own to ask: the whole question is read as one.
                return [question];
            }

            parts.Add(piece);
        }

        return parts;
    }

    [GeneratedRegex(@"\?+\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionMarks();

    // ", and what's …", " and does …": a second question joined on, not a list of names ("GPT-5.4 and Opus 4.6").
    [GeneratedRegex(@"(?:,\s*|\s+)(?:and|also|plus)\s+(?=(?:what|what's|whats|who|who's|how|which|when|where|is|are|does|do|can|did|has|have|will|was)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndQuestion();

    [GeneratedRegex(@"\b(?:(?<its>its)|(?<itis>it(?:'s|’s))|it|this model|that model|the model)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
