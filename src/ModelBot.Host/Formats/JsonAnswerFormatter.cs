using ModelBot.Commands.Answers;
using ModelBot.Commands.Json;

namespace ModelBot.Host.Formats;

/// <summary>The <c>json</c> format: the neutral answer, compact, on one line.</summary>
public sealed class JsonAnswerFormatter(AnswerJson json) : IAnswerFormatter
{
    /// <inheritdoc />
    public AnswerFormat Format => AnswerFormat.Json;

    /// <inheritdoc />
    public bool IsJson => true;

    /// <inheritdoc />
    public string Write(Answer answer) => json.Serialize(answer, AnswerJsonFormat.Compact);
}
