using System.Globalization;

namespace ModelBot.LoadHarness.Cli;

/// <summary>Reads <c>--name value</c> and <c>--flag</c> arguments one at a time, with errors that name the argument.</summary>
public sealed class ArgumentReader
{
    private readonly IReadOnlyList<string> _args;
    private int _next;

    /// <summary>Reads <paramref name="args"/> from the start.</summary>
    public ArgumentReader(IReadOnlyList<string> args) => _args = args;

    /// <summary>The next argument name, or null at the end.</summary>
    public string? NextName() => _next < _args.Count ? _args[_next++] : null;

    /// <summary>The value after the current name.</summary>
    public string Value(string name) =>
        _next < _args.Count ? _args[_next++] : throw new ArgumentException($"{name} needs a value");

    /// <summary>An integer value, kept within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Number(string name, int min, int max)
    {
        var text = Value(name);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max} (got {text})");
    }

    /// <summary>A duration such as <c>90s</c>, <c>10m</c>, <c>1h</c> or plain seconds.</summary>
    public TimeSpan Duration(string name)
    {
        var text = Value(name);
        return DurationText.TryParse(text, out var value) && value > TimeSpan.Zero
            ? value
            : throw new ArgumentException($"{name} must be a duration such as 90s, 10m or 1h (got {text})");
    }
}
