using System.Globalization;
using ModelBot.Core.Names;
using YamlDotNet.RepresentationModel;

namespace ModelBot.Core.Loading;

/// <summary>
/// Reads one YAML mapping of a data file with typed accessors; every problem (unknown key, missing key, wrong type)
/// is reported with the file, line and column instead of thrown.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>>? _entries;
    private readonly (string Key, DataPosition KeyPosition, DataPosition ValuePosition)[]? _positions;
    private readonly SimpleResultsFile.Entry[]? _scalars;
    private readonly ErrorSink _errors;

    public YamlMap(YamlMappingNode node, string file, ErrorSink errors, string kind, IReadOnlyList<string> knownKeys)
    {
        File = file;
        _errors = errors;
        Subject = kind;
        Position = DataPosition.From(node.Start);
        _entries = new(StringComparer.Ordinal);
        foreach (var entry in node.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                errors.Add(file, DataPosition.From(entry.Key.Start), $"a key of a {kind} must be a plain name");
                continue;
            }

            if (!knownKeys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add(file, DataPosition.From(entry.Key.Start), UnknownKeyMessage(key, kind, knownKeys));
                continue;
            }

            // The YAML parser already rejects a key that appears twice in one mapping.
            _entries[key] = entry;
        }
    }

    /// <summary>A mapping of one-line scalars read by <see cref="SimpleResultsFile"/> (no YAML nodes).</summary>
    public YamlMap(IReadOnlyList<SimpleResultsFile.Entry> entries, DataPosition position, string file, ErrorSink errors, string kind, IReadOnlyList<string> knownKeys)
    {
        File = file;
        _errors = errors;
        Subject = kind;
        Position = position;
        _entries = null;
        List<SimpleResultsFile.Entry>? known = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!knownKeys.Contains(entry.Key, StringComparer.Ordinal))
            {
                errors.Add(file, entry.KeyPosition, UnknownKeyMessage(entry.Key, kind, knownKeys));
                // The known entries before this one, then the known ones after it: a copy only when a key is unknown.
                known ??= [.. entries.Take(i)];
                continue;
            }

            known?.Add(entry);
        }

        _scalars = known is not null ? [.. known] : entries as SimpleResultsFile.Entry[] ?? [.. entries];
    }

    private YamlMap(YamlMap read)
    {
        File = read.File;
        _errors = read._errors;
        Subject = read.Subject;
        Position = read.Position;
        _entries = null;
        _positions = new (string, DataPosition, DataPosition)[read.Entries.Count];
        var i = 0;
        foreach (var (key, entry) in read.Entries)
        {
            _positions[i++] = (key, DataPosition.From(entry.Key.Start), DataPosition.From(entry.Value.Start));
        }
    }

    /// <summary>The file, relative to the data directory.</summary>
    public string File { get; }

    /// <summary>Where the mapping starts.</summary>
    public DataPosition Position { get; }

    private string? _subject;
    private (string Format, string First, string Second)? _subjectParts;

    /// <summary>What the messages call this mapping, e.g. "model 'gpt-5.4'".</summary>
    public string Subject
    {
        get => _subject ??= _subjectParts is { } parts ? string.Format(CultureInfo.InvariantCulture, parts.Format, parts.First, parts.Second) : "";
        set => (_subject, _subjectParts) = (value, null);
    }

    /// <summary>
    /// The subject as <paramref name="format"/> with two names, made only when a message needs it: most mappings
    /// never report anything, and 200,000 results need not each carry their description.
    /// </summary>
    public void SetSubject(string format, string first, string second) => (_subject, _subjectParts) = (null, (format, first, second));

    /// <summary>Where the value of <paramref name="key"/> is, or the mapping's start if the key is absent.</summary>
    public DataPosition PositionOf(string key)
    {
        if (_positions is not null)
        {
            foreach (var (known, _, value) in _positions)
            {
                if (known == key)
                {
                    return value;
                }
            }

            return Position;
        }

        if (_scalars is not null)
        {
            return FindScalar(key) is { } scalar ? scalar.ValuePosition : Position;
        }

        return Entries.TryGetValue(key, out var entry) ? DataPosition.From(entry.Value.Start) : Position;
    }

    /// <summary>Where <paramref name="key"/> itself is written, or the mapping's start if the key is absent.</summary>
    public DataPosition KeyPositionOf(string key)
    {
        if (_positions is not null)
        {
            foreach (var (known, written, _) in _positions)
            {
                if (known == key)
                {
                    return written;
                }
            }

            return Position;
        }

        if (_scalars is not null)
        {
            return FindScalar(key) is { } scalar ? scalar.KeyPosition : Position;
        }

        return Entries.TryGetValue(key, out var entry) ? DataPosition.From(entry.Key.Start) : Position;
    }

    /// <summary>
    /// A copy that keeps only what errors need after reading (the file, the subject, where each key and value is),
    /// not the YAML nodes: a dataset of 200,000 results does not keep its whole document tree while it is checked.
    /// Its values can no longer be read.
    /// </summary>
    public YamlMap Detach() => _positions is not null || _scalars is not null ? this : new YamlMap(this);

    private Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Entries =>
        _entries ?? throw new InvalidOperationException("A detached map keeps positions only; read its values before detaching it.");

    /// <summary>The value node of <paramref name="key"/>, or null when the key is absent.</summary>
    public YamlNode? Raw(string key) => Entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>Whether the key is present (even with a null value).</summary>
    public bool Has(string key) => _scalars is not null ? FindScalar(key) is not null : Entries.ContainsKey(key);

    /// <summary>The text of the scalar under <paramref name="key"/> as written, or null (absent, null or not a scalar); reports nothing.</summary>
    public string? ScalarText(string key)
    {
        if (_scalars is not null)
        {
            return FindScalar(key) is { } scalar && !IsNull(scalar) ? scalar.Value : null;
        }

        return Raw(key) is YamlScalarNode { Value: { } text } ? text : null;
    }

    /// <summary>A text value; reports a missing or empty required value.</summary>
    public string? String(string key, bool required)
    {
        if (_scalars is not null)
        {
            if (FindScalar(key) is not { } scalar)
            {
                if (required)
                {
                    Error(Position, $"missing required key '{key}' in {Subject}");
                }

                return null;
            }

            var value = IsNull(scalar) ? null : scalar.Value;
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Error(scalar.ValuePosition, $"'{key}' of {Subject} is empty");
                return null;
            }

            return value;
        }

        if (!Entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                Error(Position, $"missing required key '{key}' in {Subject}");
            }

            return null;
        }

        var text = Scalar(key, entry.Value);
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(DataPosition.From(entry.Value.Start), $"'{key}' of {Subject} is empty");
            return null;
        }

        return text;
    }

    /// <summary>A number; reports text that is not one.</summary>
    public double? Number(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (TryParseNumber(text, out var number))
        {
            return number;
        }

        Error(PositionOf(key), $"'{key}' of {Subject} is '{text}', not a number (write 1444 for “1,444” and 42.8 for “42.8%”)");
        return null;
    }

    /// <summary>A whole number; reports text that is not one.</summary>
    public long? Integer(string key)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(PositionOf(key), $"'{key}' of {Subject} is '{text}', not a whole number (write 262000 for “262,000”)");
        return null;
    }

    /// <summary>A date written yyyy-mm-dd.</summary>
    public DateOnly? Date(string key) => Date(key, out _, allowMonth: false);

    /// <summary>A date written yyyy-mm-dd or, when the source gives only the month, yyyy-mm (<paramref name="dayStated"/> false).</summary>
    public DateOnly? Date(string key, out bool dayStated, bool allowMonth = true)
    {
        dayStated = true;
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (allowMonth && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            dayStated = false;
            return date;
        }

        Error(PositionOf(key), $"'{key}' of {Subject} is '{text}', not a date (write yyyy-mm-dd{(allowMonth ? ", or yyyy-mm when only the month is stated" : "")})");
        return null;
    }

    /// <summary>true or false; <paramref name="fallback"/> when absent.</summary>
    public bool Boolean(string key, bool fallback)
    {
        var text = String(key, required: false);
        switch (text)
        {
            case null:
                return fallback;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(PositionOf(key), $"'{key}' of {Subject} is '{text}', expected true or false");
                return fallback;
        }
    }

    /// <summary>One of a fixed set of words.</summary>
    public TEnum? Choice<TEnum>(string key, bool required, IReadOnlyDictionary<string, TEnum> choices)
        where TEnum : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(PositionOf(key), $"'{key}' of {Subject} is '{text}', expected one of: {string.Join(", ", choices.Keys)}");
        return null;
    }

    /// <summary>A list of texts (flow <c>[a, b]</c> or block); empty when absent or null.</summary>
    public IReadOnlyList<string> List(string key)
    {
        if (_scalars is not null)
        {
            if (FindScalar(key) is { } scalar && !IsNull(scalar))
            {
                Error(scalar.ValuePosition, $"'{key}' of {Subject} must be a list, e.g. [a, b]");
            }

            return [];
        }

        if (!Entries.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            Error(DataPosition.From(entry.Value.Start), $"'{key}' of {Subject} must be a list, e.g. [a, b]");
            return [];
        }

        var items = new List<string>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            var text = Scalar(key, item);
            if (string.IsNullOrWhiteSpace(text))
            {
                Error(DataPosition.From(item.Start), $"'{key}' of {Subject} holds an empty item");
                continue;
            }

            items.Add(text);
        }

        return items;
    }

    /// <summary>
    /// The mapping under <paramref name="key"/> as a map of its own whose keys must be among
    /// <paramref name="allowedNames"/>; null when absent or null, or (reported, with <paramref name="example"/>) when
    /// it is not a mapping.
    /// </summary>
    public YamlMap? Nested(string key, IReadOnlyList<string> allowedNames, string example)
    {
        if (_scalars is not null)
        {
            if (FindScalar(key) is { } scalar && !IsNull(scalar))
            {
                Error(scalar.ValuePosition, $"'{key}' of {Subject} must be a mapping, e.g. {example}");
            }

            return null;
        }

        if (!Entries.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return null;
        }

        if (entry.Value is not YamlMappingNode mapping)
        {
            Error(DataPosition.From(entry.Value.Start), $"'{key}' of {Subject} must be a mapping, e.g. {example}");
            return null;
        }

        return new YamlMap(mapping, File, _errors, $"'{key}' of {Subject}", allowedNames);
    }

    /// <summary>Reports an error about this mapping.</summary>
    public void Error(DataPosition position, string message) => _errors.Add(File, position, message);

    /// <summary>Whether a node is a YAML null (<c>~</c>, <c>null</c> or nothing).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Parses a YAML number, including <c>.nan</c> and <c>.inf</c> (which the unit check then rejects).</summary>
    public static bool TryParseNumber(string text, out double number)
    {
        switch (text)
        {
            case ".nan" or ".NaN" or ".NAN":
                number = double.NaN;
                return true;
            case ".inf" or "+.inf" or ".Inf" or "+.Inf" or ".INF":
                number = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                number = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);
        }
    }

    private SimpleResultsFile.Entry? FindScalar(string key)
    {
        foreach (var scalar in _scalars!)
        {
            if (scalar.Key == key)
            {
                return scalar;
            }
        }

        return null;
    }

    private static bool IsNull(SimpleResultsFile.Entry scalar) =>
        scalar.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private string? Scalar(string key, YamlNode node)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(DataPosition.From(node.Start), $"'{key}' of {Subject} must be a single value, not a list or mapping");
        return null;
    }

    private static string UnknownKeyMessage(string key, string kind, IReadOnlyList<string> knownKeys)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var threshold = Math.Max(1, EditDistance.Threshold(key.Length));
        foreach (var known in knownKeys)
        {
            var distance = EditDistance.Compute(key, known, threshold);
            if (distance <= threshold && distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        var hint = best is null ? $"; known keys: {string.Join(", ", knownKeys)}" : $" (did you mean '{best}'?)";
        return $"unknown key '{key}' in {kind}{hint}";
    }
}
