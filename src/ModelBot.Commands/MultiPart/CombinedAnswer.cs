using ModelBot.Commands.Answers;

namespace ModelBot.Commands.MultiPart;

/// <summary>
/// One answer to a question of several parts: each part's headline in turn, then every table, figure and note, the
/// later parts' sources numbered after the first's so every reference still points at the article it cites.
/// </summary>
public static class CombinedAnswer
{
    /// <summary>Joins <paramref name="parts"/> (at least one) in order.</summary>
    public static Answer Of(IReadOnlyList<Answer> parts)
    {
        var first = parts[0];
        if (parts.Count == 1)
        {
            return first;
        }

        var sources = new List<SourceNote>(first.Sources);
        var summaries = new List<string>(parts.Count);
        var facts = new List<AnswerFact>();
        var tables = new List<AnswerTable>();
        var results = new List<ResultFigure>();
        var notes = new List<string>();
        foreach (var part in parts)
        {
            var renumber = Renumbering(part.Sources, sources);
            if (!string.IsNullOrWhiteSpace(part.Summary))
            {
                summaries.Add(part.Summary);
            }

            facts.AddRange(part.Facts.Select(f => f with { SourceRefs = Renumbered(f.SourceRefs, renumber)! }));
            tables.AddRange(part.Tables.Select(t => t with
            {
                Rows = [.. t.Rows.Select(r => new AnswerRow([.. r.Cells.Select(c => c with { SourceRefs = Renumbered(c.SourceRefs, renumber) })]))],
            }));
            results.AddRange(part.Results.Select(r => r with { SourceRef = renumber.GetValueOrDefault(r.SourceRef, r.SourceRef) }));
            notes.AddRange(part.Notes.Where(n => !notes.Contains(n, StringComparer.Ordinal)));
        }

        return first with
        {
            Title = string.Join(" · ", parts.Select(p => p.Title).Distinct(StringComparer.Ordinal)),
            Summary = string.Join("\n\n", summaries),
            Facts = facts,
            Tables = tables,
            Results = results,
            Sources = sources,
            Notes = notes,
        };
    }

    /// <summary>Each of <paramref name="cited"/>'s numbers → its number in <paramref name="merged"/>, adding the sources it lacks.</summary>
    private static Dictionary<int, int> Renumbering(IReadOnlyList<SourceNote> cited, List<SourceNote> merged)
    {
        var map = new Dictionary<int, int>(cited.Count);
        foreach (var note in cited)
        {
            var existing = merged.FindIndex(m => string.Equals(m.Id, note.Id, StringComparison.Ordinal));
            if (existing < 0)
            {
                merged.Add(note with { Number = merged.Count + 1 });
                existing = merged.Count - 1;
            }

            map[note.Number] = merged[existing].Number;
        }

        return map;
    }

    private static IReadOnlyList<int>? Renumbered(IReadOnlyList<int>? refs, Dictionary<int, int> map) =>
        refs is null ? null : [.. refs.Select(r => map.GetValueOrDefault(r, r))];
}
