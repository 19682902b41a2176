using System.Text.Encodings.Web;
using System.Text.Json;
using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Json;

/// <summary>
/// The <c>json</c> format of <c>modelbot ask</c>: the neutral answer in camelCase (<c>ok</c>, <c>command</c>,
/// <c>title</c>, <c>results</c> of <c>{model, benchmark, setting, value, unit, source}</c>; on failure <c>error</c> and
/// <c>suggestions</c>). Non-ASCII text (τ², “quotes”) is written as is, not escaped.
/// </summary>
public sealed class AnswerJson
{
    private readonly AnswerJsonContext _compact;
    private readonly AnswerJsonContext _indented;

    /// <summary>Creates the serializer with its compact and indented contexts.</summary>
    public AnswerJson()
    {
        _compact = new AnswerJsonContext(new JsonSerializerOptions(AnswerJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        });
        _indented = new AnswerJsonContext(new JsonSerializerOptions(AnswerJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        });
    }

    /// <summary>Serializes an answer; <see cref="AnswerJsonFormat.Compact"/> output never contains a line break.</summary>
    public string Serialize(Answer answer, AnswerJsonFormat format = AnswerJsonFormat.Compact) =>
        JsonSerializer.Serialize(answer, Context(format).Answer);

    /// <summary>Writes an answer as UTF-8 to <paramref name="stream"/> (no trailing newline).</summary>
    public Task WriteAsync(Stream stream, Answer answer, AnswerJsonFormat format, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, answer, Context(format).Answer, cancellationToken);

    /// <summary>Reads an answer back (for tests and tools that consume the CLI's output).</summary>
    public Answer? Deserialize(string json) => JsonSerializer.Deserialize(json, _compact.Answer);

    private AnswerJsonContext Context(AnswerJsonFormat format) => format == AnswerJsonFormat.Indented ? _indented : _compact;
}
