using System.Text.Json.Nodes;
using CsCheck;

namespace ModelBot.Fuzzing.Tests;

/// <summary>
/// Reshapes a valid JSON payload into one of the wrong shape: one to five values (anywhere in the tree) swapped for
/// values of the wrong type or range (null, huge numbers, 1e999, escaped lone surrogates, arrays for strings…) or
/// removed. The swapped values are spliced in as raw text, so even JSON that System.Text.Json would refuse to write
/// (a lone surrogate escape) reaches the parser under test.
/// </summary>
internal static class WrongShapeJson
{
    /// <summary>Raw JSON values that break a parser's assumptions about types and ranges.</summary>
    public static readonly string[] WrongValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e999", "-1e999", "123456789012345678901234567890", "-9223372036854775809",
        "18446744073709551616", "\"\"", "\"x\"", "[]", "{}", "[null]", "[[]]", "{\"\":null}", "\"\\u0000\"", "\"\\ud800\"",
        "\"\\udfff\\ud800\"", "\"<!channel> @everyone <@U1> `x` ```\"", "\"" + new string('9', 5000) + "\"", "[1,\"a\",null,{}]",
        "[" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "]",
    ];

    /// <summary>One of <paramref name="templates"/>, reshaped by zero to five random swaps or removals.</summary>
    public static Gen<string> Of(IReadOnlyList<JsonNode> templates) =>
        Gen.Select(Gen.Int[0, templates.Count - 1], Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, WrongValues.Length]).Array[0, 5])
            .Select((template, mutations) => Reshape(templates[template], mutations));

    /// <summary>Applies (position, value) swaps; a value index of <c>WrongValues.Length</c> removes the node.</summary>
    public static string Reshape(JsonNode template, IEnumerable<(int At, int Value)> mutations)
    {
        var root = template.DeepClone();
        var placeholders = new List<(string Placeholder, string Raw)>();
        foreach (var (at, value) in mutations)
        {
            var nodes = Descendants(root).ToList();
            if (nodes.Count == 0)
            {
                break;
            }
            var (parent, key, index) = nodes[at % nodes.Count];
            if (value >= WrongValues.Length)
            {
                if (parent is JsonObject removeFrom)
                {
                    removeFrom.Remove(key!);
                }
                else
                {
                    ((JsonArray)parent).RemoveAt(index);
                }
                continue;
            }
            var placeholder = $"__wrong{placeholders.Count}__";
            placeholders.Add((placeholder, WrongValues[value]));
            if (parent is JsonObject setIn)
            {
                setIn[key!] = placeholder;
            }
            else
            {
                ((JsonArray)parent)[index] = placeholder;
            }
        }
        var json = root.ToJsonString();
        foreach (var (placeholder, raw) in placeholders)
        {
            json = json.Replace($"\"{placeholder}\"", raw, StringComparison.Ordinal);
        }
        return json;
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1);
                    foreach (var inner in child is null ? [] : Descendants(child))
                    {
                        yield return inner;
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    foreach (var inner in array[i] is { } child ? Descendants(child) : [])
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }
}
