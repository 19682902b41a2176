using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModelBot.Core.Loading;

/// <summary>Reads a data file into its top-level mapping, reporting a missing or malformed file as an error.</summary>
internal static class YamlDocumentReader
{
    /// <summary>The root mapping of the file at <paramref name="path"/> (called <paramref name="file"/> in errors), or null after reporting why not.</summary>
    public static YamlMap? ReadRoot(string path, string file, ErrorSink errors, IReadOnlyList<string> knownKeys) =>
        ReadText(path, file, errors) is { } text ? ReadRootText(text, file, errors, knownKeys) : null;

    /// <summary>The text of the file at <paramref name="path"/>, or null after reporting why it cannot be read.</summary>
    public static string? ReadText(string path, string file, ErrorSink errors)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            errors.Add(file, DataPosition.Start, "file not found");
            return null;
        }
        catch (IOException exception)
        {
            errors.Add(file, DataPosition.Start, $"cannot read the file: {exception.Message}");
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            errors.Add(file, DataPosition.Start, $"cannot read the file: {exception.Message}");
            return null;
        }
    }

    /// <summary>The root mapping of <paramref name="text"/> (the file <paramref name="file"/>), or null after reporting why not.</summary>
    public static YamlMap? ReadRootText(string text, string file, ErrorSink errors, IReadOnlyList<string> knownKeys) =>
        ReadRootText(new StringReader(text), file, errors, knownKeys);

    /// <summary>The root mapping of what <paramref name="text"/> reads (the file <paramref name="file"/>), or null after reporting why not.</summary>
    /// <remarks>
    /// With <paramref name="fast"/> (the events of <see cref="BlockYamlParser"/> for the same text), the tree is built
    /// from them; should that fail, YamlDotNet's parser reads the text for its own message.
    /// </remarks>
    public static YamlMap? ReadRootText(TextReader text, string file, ErrorSink errors, IReadOnlyList<string> knownKeys, BlockYamlParser? fast = null)
    {
        var stream = new YamlStream();
        if (fast is not null)
        {
            try
            {
                stream.Load(fast);
                return Root(stream, file, errors, knownKeys);
            }
            catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or FormatException)
            {
                stream = new YamlStream();
            }
        }

        var parser = new Parser(text);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            errors.Add(file, DataPosition.From(exception.Start), $"malformed YAML: {Describe(exception)}");
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet reports some syntax errors without a position; the last event it parsed is where it stopped.
            var position = parser.Current is { } last ? DataPosition.From(last.End) : DataPosition.Start;
            errors.Add(file, position, "malformed YAML: the parser stopped here; check brackets, quotes and indentation");
            return null;
        }

        return Root(stream, file, errors, knownKeys);
    }

    private static YamlMap? Root(YamlStream stream, string file, ErrorSink errors, IReadOnlyList<string> knownKeys)
    {
        if (stream.Documents.Count == 0)
        {
            errors.Add(file, DataPosition.Start, $"the file is empty; expected the keys {string.Join(", ", knownKeys)}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(file, DataPosition.From(stream.Documents[1].RootNode.Start), "the file holds more than one YAML document (remove the '---')");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(file, DataPosition.From(stream.Documents[0].RootNode.Start), $"expected a mapping with the keys {string.Join(", ", knownKeys)}");
            return null;
        }

        return new YamlMap(root, file, errors, "file", knownKeys);
    }

    /// <summary>The mappings of the list under <paramref name="key"/>; reports items that are not mappings.</summary>
    public static IReadOnlyList<YamlMappingNode> Items(YamlMap root, string key)
    {
        var items = new List<YamlMappingNode>();
        var value = root.Raw(key);
        if (value is null)
        {
            root.Error(root.Position, $"missing required key '{key}' (a list)");
            return items;
        }

        if (YamlMap.IsNull(value))
        {
            return items;
        }

        if (value is not YamlSequenceNode sequence)
        {
            root.Error(DataPosition.From(value.Start), $"'{key}' must be a list of entries starting with '-'");
            return items;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(mapping);
            }
            else
            {
                root.Error(DataPosition.From(item.Start), $"each entry of '{key}' must be a mapping of keys to values");
            }
        }

        return items;
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return $"key '{message["Duplicate key ".Length..]}' appears twice in one entry";
        }

        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
    }
}
