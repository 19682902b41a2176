using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>Suggests the catalog command a mistyped name was meant to be ("/comapre" → "/compare").</summary>
public static class CommandNameMatcher
{
    /// <summary>Catalog commands within a small edit distance of <paramref name="typed"/> or starting with it, closest first.</summary>
    public static List<string> Suggest(CommandCatalog catalog, ReadOnlySpan<char> typed)
    {
        var suggestions = new List<(int Distance, string Name)>();
        foreach (var command in catalog.Commands)
        {
            var distance = typed.Length > 0 && command.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(typed, command.Name);
            if (distance <= MaxDistance(command.Name.Length))
            {
                suggestions.Add((distance, command.Name));
            }
        }

        suggestions.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name));
        return suggestions.ConvertAll(s => s.Name);
    }

    private static int MaxDistance(int length) => length <= 4 ? 1 : length <= 6 ? 2 : 3;

    /// <summary>Optimal string alignment distance, ignoring case.</summary>
    private static int Distance(ReadOnlySpan<char> a, string b)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        if (a.Length > 64)
        {
            return int.MaxValue;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == b[j - 2] && char.ToLowerInvariant(a[i - 2]) == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
