using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Building;

/// <summary>Lays out a <see cref="ModelFactReport"/>: the facts asked about one model, with their sources; facts no source states are noted.</summary>
public sealed class FactAnswerBuilder
{
    /// <summary>Builds the answer to a question about a model's facts.</summary>
    public Answer Build(ModelFactReport report)
    {
        var sources = new SourceNumbering(report.Sources);
        var notes = new List<string>(report.Unknown.Count);
        foreach (var field in report.Unknown)
        {
            notes.Add($"No source states {report.Model.Name}'s {Noun(field)}.");
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = report.Model.Name,
            Summary = Summary(report),
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

    private static string Summary(ModelFactReport report)
    {
        var text = new StringBuilder(120);
        text.Append("**").Append(report.Model.Name).Append("**");
        if (report.Facts.Count == 0)
        {
            return text.Append(": no source states that.").ToString();
        }

        for (var i = 0; i < report.Facts.Count; i++)
        {
            text.Append(i == 0 ? " — " : "; ").Append(report.Facts[i].Label.ToLowerInvariant()).Append(": ").Append(report.Facts[i].Value);
        }

        return text.Append('.').ToString();
    }
}
