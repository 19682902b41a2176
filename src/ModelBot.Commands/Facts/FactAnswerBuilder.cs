using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Facts;

/// <summary>Lays out a <see cref="ModelFactReport"/>: the facts asked about one model, with their sources; facts no source states are noted.</summary>
public sealed class FactAnswerBuilder
{
    /// <summary>Builds the answer to a question about a model's facts.</summary>
    public Answer Build(ModelFactReport report, Core.Phrasing.QuestionVocabulary? vocabulary = null, string? askedModality = null)
    {
        var sources = new SourceNumbering(report.Sources);
        var notes = new List<string>(report.Unknown.Count);
        var summary = Summary(report, askedModality);
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in report.Unknown)
        {
            notes.Add($"No source states {report.Model.Name}'s {Noun(field)}.");
            if (vocabulary is not null && NearestStatement(report, field, vocabulary) is { } nearest && quoted.Add(nearest))
            {
                // The nearest statement is what the asker needs: in the headline, not in a note chat may cut.
                summary += " Nearest statement in the sources' notes: “" + nearest + "”";
            }
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = report.Model.Name,
            Summary = summary,
            Facts = Facts(report.Facts, sources),
            Sources = sources.Notes,
            Notes = notes,
        };
    }

    /// <summary>What a field is called in a sentence ("release date", where its label reads "Released").</summary>
    private static string Noun(ModelField field) => field switch
    {
        ModelField.ReleaseDate => "release date",
        ModelField.InputModalities => "input modalities",
        ModelField.OutputModalities => "output modalities",
        ModelField.Aliases => "other names",
        ModelField.Parameters => "parameter count",
        ModelField.Pricing => "price",
        ModelField.Access => "availability",
        _ => ModelFacts.Label(field).ToLowerInvariant(),
    };

    /// <summary>The facts as answer facts, each citing its sources' footnote numbers.</summary>
    internal static AnswerFact[] Facts(IReadOnlyList<ModelFact> facts, SourceNumbering sources)
    {
        var answerFacts = new AnswerFact[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            answerFacts[i] = new AnswerFact(facts[i].Label, facts[i].Value, sources.Numbers(facts[i].Sources));
        }

        return answerFacts;
    }

    private static string Summary(ModelFactReport report, string? askedModality)
    {
        var text = new StringBuilder(120);
        if (askedModality is not null && report.Facts.FirstOrDefault(f => f.Field is ModelField.OutputModalities or ModelField.InputModalities) is { } modalities)
        {
            // "can it generate images?": yes or no first, then what the sources state.
            var has = modalities.Value.Split(',', StringSplitOptions.TrimEntries).Any(v => askedModality.StartsWith(v, StringComparison.OrdinalIgnoreCase) || v.StartsWith(askedModality, StringComparison.OrdinalIgnoreCase));
            var direction = modalities.Field == ModelField.OutputModalities ? "output" : "input";
            text.Append(has ? "Yes: " : "No, not per the sources: ");
        }

        text.Append("**").Append(report.Model.Name).Append("**");
        if (report.Facts.Count == 0)
        {
            text.Append(": its ").Append(string.Join(" and ", report.Unknown.Select(Noun))).Append(report.Unknown.Count == 1 ? " is" : " are").Append(" not stated in the sources.");
            return text.ToString();
        }

        for (var i = 0; i < report.Facts.Count; i++)
        {
            text.Append(i == 0 ? " — " : "; ").Append(report.Facts[i].Label.ToLowerInvariant()).Append(": ").Append(report.Facts[i].Value.TrimEnd('.'));
        }

        text.Append('.');
        foreach (var field in report.Unknown)
        {
            text.Append(" Its ").Append(Noun(field)).Append(" is not stated in the sources.");
        }

        return text.ToString();
    }

    /// <summary>
    /// For a fact no source states, the sentence of the model's notes that comes closest (one that uses the fact's
    /// words, e.g. "No article names Grok's vendor"), so the asker sees what the sources do say.
    /// </summary>
    private static string? NearestStatement(ModelFactReport report, ModelField field, Core.Phrasing.QuestionVocabulary vocabulary)
    {
        if (report.Model.Notes is not { Length: > 0 } notes)
        {
            return null;
        }

        var words = new Core.Phrasing.PhraseSet<bool>(vocabulary.Facts.Where(f => f.Fields.Contains(field)).SelectMany(f => f.Words).Append(Noun(field)).Append(ModelFacts.Key(field)).Select(w => (w, true)));
        foreach (var sentence in notes.Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(sentence))
            {
                return sentence.TrimEnd('.') + ".";
            }
        }

        return null;
    }
}
