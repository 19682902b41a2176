namespace ModelBot.Commands.Json;

/// <summary>How <see cref="AnswerJson"/> lays out its output.</summary>
public enum AnswerJsonFormat
{
    /// <summary>One line, no indentation: one answer per line (JSON lines).</summary>
    Compact,
    /// <summary>Indented for reading.</summary>
    Indented,
}
