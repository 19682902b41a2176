using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.ModelLists;

/// <summary>
/// Lists models by one fact, each value with the sources that state it: ordered for a number or a date ("the largest
/// context window"), grouped by value otherwise ("open weights: …; closed: …"). Models no source states it for are
/// counted, never guessed.
/// </summary>
public sealed class ModelListAnswerBuilder
{
    /// <summary>The columns of the list.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Model", "Value"];

    private const int NamedUnstated = 6;

    /// <summary>Builds the answer from each model's fact (null when no source states it) and the sources of the facts.</summary>
    public Answer Build(ModelField field, ListOrder order, IReadOnlyList<(Model Model, ModelFact? Fact)> facts, string? value = null)
    {
        if (value is not null)
        {
            return Matching(field, value, facts);
        }

        var stated = facts.Where(f => f.Fact is not null).Select(f => (f.Model, Fact: f.Fact!)).ToList();
        var unstated = facts.Where(f => f.Fact is null).Select(f => f.Model).ToList();
        var ordered = Orderable(field) && order != ListOrder.None || field is ModelField.ContextWindow or ModelField.ReleaseDate;
        if (ordered)
        {
            stated.Sort((a, b) => Key(a.Model, field).CompareTo(Key(b.Model, field)) * (order == ListOrder.Smallest ? 1 : -1));
        }

        var sources = new SourceNumbering([.. stated.SelectMany(s => s.Fact.Sources).DistinctBy(s => s.Id)]);
        var rows = stated.Take(MaximumRows).Select(s => new AnswerRow([new AnswerCell(s.Model.Name), new AnswerCell(s.Fact.Value, SourceRefs: sources.Numbers(s.Fact.Sources))])).ToList();
        var noun = Noun(field);
        var summary = new StringBuilder(300);
        if (stated.Count == 0)
        {
            summary.Append("No source states any model's ").Append(noun).Append('.');
        }
        else if (ordered)
        {
            Ordered(field, order, stated, summary);
        }
        else
        {
            Grouped(field, stated, summary);
        }

        if (unstated.Count > 0 && stated.Count > 0)
        {
            summary.Append(" The sources do not state the ").Append(noun).Append(" of ").Append(unstated.Count == 1 ? "one other model" : $"the other {unstated.Count} models").Append('.');
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = "Models by " + noun,
            Summary = summary.ToString(),
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = Capitalised(noun), Columns = Columns, Rows = rows }],
            Sources = sources.Notes,
            Notes = [.. Capped(stated.Count), .. unstated.Count == 0 ? [] : (string[])[$"Not stated for: {string.Join(", ", unstated.Take(NamedUnstated * 4).Select(m => m.Name))}."]],
        };
    }

    /// <summary>"which models are open weights?", "which models output images?", "which Google models?": those that match, then how many do not or are not stated.</summary>
    private static Answer Matching(ModelField field, string value, IReadOnlyList<(Model Model, ModelFact? Fact)> facts)
    {
        var matching = facts.Where(f => f.Fact is { } fact && Holds(fact.Value, value)).Select(f => (f.Model, Fact: f.Fact!)).ToList();
        var others = facts.Count(f => f.Fact is { } fact && !Holds(fact.Value, value));
        var unstated = facts.Count(f => f.Fact is null);
        var sources = new SourceNumbering([.. matching.SelectMany(m => m.Fact.Sources).DistinctBy(s => s.Id)]);
        var what = field switch
        {
            ModelField.Weights => value + " weights",
            ModelField.OutputModalities => value + " output",
            ModelField.InputModalities => value + " input",
            ModelField.Vendor => "made by " + value,
            _ => Noun(field) + " " + value,
        };
        var summary = new StringBuilder(300);
        if (matching.Count == 0)
        {
            summary.Append(field == ModelField.Vendor ? "No model in the sources is " : "No model in the sources has ").Append(what).Append('.');
        }
        else
        {
            summary.Append(matching.Count == 1 ? "One model" : $"{matching.Count} models").Append(field == ModelField.Vendor ? " " : " with ").Append(what).Append(": ")
                .Append(Named(matching.Select(m => "**" + m.Model.Name + "**"), matching.Count)).Append('.');
        }

        if (field != ModelField.Vendor && others > 0)
        {
            summary.Append(' ').Append(others).Append(others == 1 ? " other model does not" : " other models do not").Append(" per the sources.");
        }

        if (field == ModelField.Vendor && unstated > 0 && matching.Count == 0)
        {
            summary.Append(" The sources do not state who makes ").Append(string.Join(", ", facts.Where(f => f.Fact is null).Select(f => f.Model.Name))).Append('.');
        }

        if (field != ModelField.Vendor && unstated > 0)
        {
            summary.Append(" For ").Append(unstated).Append(unstated == 1 ? " model" : " models").Append(" the sources do not say.");
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = field == ModelField.Vendor ? "Models " + what : "Models with " + what,
            Summary = summary.ToString(),
            Tables = matching.Count == 0 ? [] : [new AnswerTable
            {
                Caption = Capitalised(what),
                Columns = Columns,
                Rows = [.. matching.Take(MaximumRows).Select(m => new AnswerRow([new AnswerCell(m.Model.Name), new AnswerCell(m.Fact.Value, SourceRefs: sources.Numbers(m.Fact.Sources))]))],
            }],
            Sources = sources.Notes,
            Notes = Capped(matching.Count),
        };
    }

    /// <summary>Whether a fact's text holds the value: a whole word of a list ("text, image") or the whole value.</summary>
    private static bool Holds(string fact, string value) =>
        fact.Split([',', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(part => string.Equals(part, value, StringComparison.OrdinalIgnoreCase))
        || string.Equals(fact.Trim(), value, StringComparison.OrdinalIgnoreCase);

    private static bool Orderable(ModelField field) => field is ModelField.ContextWindow or ModelField.ReleaseDate;

    private static long Key(Model model, ModelField field) => field switch
    {
        ModelField.ContextWindow => model.ContextWindow ?? 0,
        ModelField.ReleaseDate => model.ReleaseDate?.DayNumber ?? 0,
        _ => 0,
    };

    private static void Ordered(ModelField field, ListOrder order, List<(Model Model, ModelFact Fact)> stated, StringBuilder summary)
    {
        var (top, rest) = (stated[0], stated.Skip(1).ToList());
        var superlative = field == ModelField.ReleaseDate
            ? (order == ListOrder.Smallest ? "the earliest release date" : "the most recent release date")
            : (order == ListOrder.Smallest ? "the smallest " : "the largest ") + Noun(field);
        summary.Append("**").Append(top.Model.Name).Append("** has ").Append(superlative).Append(" the sources state: ").Append(top.Fact.Value);
        if (rest.Count > 0)
        {
            summary.Append(", then ").Append(string.Join(", ", rest.Take(4).Select(r => $"**{r.Model.Name}** ({r.Fact.Value})"))).Append(rest.Count > 4 ? ", …" : "");
        }

        summary.Append('.');
    }

    private static void Grouped(ModelField field, List<(Model Model, ModelFact Fact)> stated, StringBuilder summary)
    {
        var groups = stated.GroupBy(s => s.Fact.Value, StringComparer.OrdinalIgnoreCase).ToList();
        if (field == ModelField.Weights)
        {
            // Open weights first: the models a "which are open?" question is after.
            groups = [.. groups.OrderBy(g => g.Key == "open" ? 0 : 1)];
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var label = field switch
            {
                ModelField.Weights => Capitalised(groups[i].Key) + " weights",
                ModelField.Vendor or ModelField.Modes => groups[i].Key,
                _ => Capitalised(Noun(field)) + " " + groups[i].Key,
            };
            summary.Append(i == 0 ? "" : " ").Append(label).Append(": ")
                .Append(Named(groups[i].Select(g => "**" + g.Model.Name + "**"), groups[i].Count())).Append('.');
        }
    }

    /// <summary>The most rows a list's table carries: an answer carries what chat can show plus a count.</summary>
    public const int MaximumRows = 100;

    /// <summary>The most models a sentence names before it gives a count.</summary>
    public const int MaximumNamed = 25;

    /// <summary>The names, the first <see cref="MaximumNamed"/> of them and a count of the rest.</summary>
    private static string Named(IEnumerable<string> names, int count) =>
        count <= MaximumNamed ? string.Join(", ", names) : $"{string.Join(", ", names.Take(MaximumNamed))} and {count - MaximumNamed:N0} more";

    /// <summary>The note a table cut to <see cref="MaximumRows"/> carries.</summary>
    private static string[] Capped(int count) => count <= MaximumRows ? [] : [$"The table lists the first {MaximumRows} of {count:N0} models."];

    /// <summary>What the fact is called in a sentence.</summary>
    internal static string Noun(ModelField field) => field switch
    {
        ModelField.ReleaseDate => "release date",
        ModelField.InputModalities => "input modalities",
        ModelField.OutputModalities => "output",
        ModelField.Aliases => "other names",
        ModelField.ContextWindow => "context window",
        _ => ModelFacts.Label(field).ToLowerInvariant(),
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
