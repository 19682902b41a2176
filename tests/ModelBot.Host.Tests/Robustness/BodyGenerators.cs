using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// CsCheck generators of hostile bodies for a route: random bytes, truncated and re-encoded valid payloads, invalid
/// UTF-8, UTF-16/32, deeply nested JSON, JSON of the wrong shape, wrong or missing Content-Type. Most are signed
/// correctly, so they pass verification and reach the parsers, which is where a 500 would hide.
/// </summary>
internal static class BodyGenerators
{
    private static readonly string?[] ContentTypes =
    [
        null, ValidRequests.Json, ValidRequests.Form, "text/plain", "application/octet-stream", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/x-www-form-urlencoded; charset=iso-8859-1", "garbage/;;;=", "",
    ];

    /// <summary>Raw JSON values that break a parser's assumptions about types and ranges.</summary>
    private static readonly string[] WrongValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e999", "-1e999", "123456789012345678901234567890", "-9223372036854775809",
        "18446744073709551616", "\"\"", "\"x\"", "[]", "{}", "[null]", "[[]]", "{\"\":null}", "\"\\u0000\"", "\"\\ud800\"",
        "\"\\udfff\\ud800\"", "\"<!channel> @everyone <@U1> `x` ```\"", "\"" + new string('9', 5000) + "\"", "[1,\"a\",null,{}]",
    ];

    /// <summary>Every hostile body kind for <paramref name="route"/>, each signed or not.</summary>
    public static Gen<FuzzRequest> For(string route)
    {
        var (contentType, valid) = ValidRequests.ByRoute.TryGetValue(route, out var entry) ? entry : (null, () => []);
        var templates = ValidRequests.JsonTemplates(route);
        var generators = new List<Gen<FuzzRequest>>
        {
            RandomBytes(),
            Truncated(valid, contentType),
            InvalidUtf8(valid, contentType),
            OtherEncoding(valid),
            DeeplyNested(route),
            WrongContentType(valid),
        };
        if (templates.Count > 0)
        {
            generators.Add(WrongShape(route, templates, contentType));
        }
        if (contentType == ValidRequests.Form)
        {
            generators.Add(BrokenForm(valid));
        }
        return Gen.OneOf([.. generators]);
    }

    private static Gen<bool> MostlySigned => Gen.Int[0, 9].Select(n => n < 8);

    private static Gen<string?> AnyContentType => Gen.Int[0, ContentTypes.Length - 1].Select(i => ContentTypes[i]);

    private static Gen<FuzzRequest> RandomBytes() =>
        Gen.Select(Gen.Byte.Array[0, 4096], AnyContentType, MostlySigned, (body, type, signed) => new FuzzRequest("random bytes", body, type, signed));

    private static Gen<FuzzRequest> Truncated(Func<byte[]> valid, string? contentType) =>
        Gen.Select(Gen.Double[0, 1], MostlySigned, (cut, signed) =>
        {
            var body = valid();
            return new FuzzRequest("truncated", body[..(int)(body.Length * cut)], contentType, signed);
        });

    private static Gen<FuzzRequest> InvalidUtf8(Func<byte[]> valid, string? contentType) =>
        Gen.Select(Gen.Int[0, int.MaxValue].Array[1, 8], Gen.Byte[0x80, 0xFF].Array[1, 8], MostlySigned, (positions, bytes, signed) =>
        {
            var body = new List<byte>(valid());
            for (var i = 0; i < positions.Length; i++)
            {
                body.Insert(body.Count == 0 ? 0 : positions[i] % body.Count, bytes[i % bytes.Length]);
            }
            return new FuzzRequest("invalid UTF-8", [.. body], contentType, signed);
        });

    private static Gen<FuzzRequest> OtherEncoding(Func<byte[]> valid) =>
        Gen.Select(Gen.Int[0, 3], Gen.Bool, MostlySigned, (which, bom, signed) =>
        {
            Encoding encoding = which switch { 0 => new UnicodeEncoding(false, bom), 1 => new UnicodeEncoding(true, bom), 2 => new UTF32Encoding(false, bom), _ => Encoding.Latin1 };
            var text = Encoding.UTF8.GetString(valid()) + "é€😀";
            var body = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(text)).ToArray();
            return new FuzzRequest($"re-encoded {encoding.WebName}", body, which < 2 ? "application/json; charset=utf-16" : null, signed);
        });

    private static Gen<FuzzRequest> DeeplyNested(string route) =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], MostlySigned, (depthChoice, shape, signed) =>
        {
            var depth = new[] { 65, 1_000, 10_000, 100_000 }[depthChoice];
            var nested = shape switch
            {
                0 => new string('[', depth) + new string(']', depth),
                1 => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
                2 => "{\"type\":2,\"data\":" + string.Concat(Enumerable.Repeat("{\"options\":[", depth)) + new string(']', 0) + "null" + string.Concat(Enumerable.Repeat("]}", depth)) + "}",
                _ => new string('[', depth),
            };
            var body = route switch
            {
                "/slack/commands" => Encoding.UTF8.GetBytes("command=%2Fask&text=" + Uri.EscapeDataString(nested)),
                _ => ValidRequests.WrapJson(route, nested),
            };
            return new FuzzRequest($"nested {depth} deep (shape {shape})", body, route.StartsWith("/slack/", StringComparison.Ordinal) && route != "/slack/events" ? ValidRequests.Form : ValidRequests.Json, signed);
        });

    private static Gen<FuzzRequest> WrongContentType(Func<byte[]> valid) =>
        Gen.Select(AnyContentType, MostlySigned, (type, signed) => new FuzzRequest("valid body, any content type", valid(), type, signed));

    /// <summary>The route's JSON with one to five values swapped for values of the wrong type or range, or removed.</summary>
    private static Gen<FuzzRequest> WrongShape(string route, IReadOnlyList<JsonNode> templates, string? contentType) =>
        Gen.Select(Gen.Int[0, templates.Count - 1], Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, WrongValues.Length]).Array[0, 5], Gen.Int[0, 9], (template, mutations, signedChoice) =>
        {
            var root = templates[template].DeepClone();
            var placeholders = new List<(string Placeholder, string Raw)>();
            foreach (var (at, value) in mutations)
            {
                var nodes = Descendants(root).ToList();
                if (nodes.Count == 0)
                {
                    break;
                }
                var (parent, key, index) = nodes[at % nodes.Count];
                if (value == WrongValues.Length)
                {
                    Remove(parent, key, index);
                    continue;
                }
                var placeholder = $"__fuzz{placeholders.Count}__";
                placeholders.Add((placeholder, WrongValues[value]));
                Set(parent, key, index, JsonValue.Create(placeholder));
            }
            var json = root.ToJsonString();
            foreach (var (placeholder, raw) in placeholders)
            {
                json = json.Replace($"\"{placeholder}\"", raw, StringComparison.Ordinal);
            }
            return new FuzzRequest("wrong shape", ValidRequests.WrapJson(route, json), contentType, signedChoice < 8);
        });

    /// <summary>A form with fields dropped, repeated, emptied, badly percent-encoded or given control characters.</summary>
    private static Gen<FuzzRequest> BrokenForm(Func<byte[]> valid) =>
        Gen.Select(Gen.Int[0, 5].Array[1, 6], Gen.Int[0, int.MaxValue], MostlySigned, (operations, seed, signed) =>
        {
            var fields = Encoding.UTF8.GetString(valid()).Split('&').ToList();
            foreach (var operation in operations)
            {
                var at = seed % Math.Max(1, fields.Count);
                seed = (seed * 31) + 7 & int.MaxValue;
                switch (operation)
                {
                    case 0 when fields.Count > 0: fields.RemoveAt(at); break;
                    case 1 when fields.Count > 0: fields.Add(fields[at]); break;
                    case 2 when fields.Count > 0: fields[at] = fields[at].Split('=')[0] + "="; break;
                    case 3: fields.Add("%zz=%"); break;
                    case 4: fields.Add("=&&==&text=%00%01%1b%7f"); break;
                    default: fields.Insert(0, "text=" + Uri.EscapeDataString("<!channel> @here " + new string('`', 40))); break;
                }
            }
            return new FuzzRequest("broken form", Encoding.UTF8.GetBytes(string.Join('&', fields)), ValidRequests.Form, signed);
        });

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1);
                    if (child is not null)
                    {
                        foreach (var inner in Descendants(child))
                        {
                            yield return inner;
                        }
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    if (array[i] is { } child)
                    {
                        foreach (var inner in Descendants(child))
                        {
                            yield return inner;
                        }
                    }
                }
                break;
        }
    }

    private static void Set(JsonNode parent, string? key, int index, JsonNode value)
    {
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            ((JsonArray)parent)[index] = value;
        }
    }

    private static void Remove(JsonNode parent, string? key, int index)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(key!);
        }
        else
        {
            ((JsonArray)parent).RemoveAt(index);
        }
    }
}
