using ModelBot.Commands.Answers;
using ModelBot.Host.Rendering;

namespace ModelBot.Host.Formats;

/// <summary>The <c>text</c> format: the console rendering (aligned tables, bar charts, source footnotes).</summary>
public sealed class TextAnswerFormatter : IAnswerFormatter
{
    /// <inheritdoc />
    public AnswerFormat Format => AnswerFormat.Text;

    /// <inheritdoc />
    public bool IsJson => false;

    /// <inheritdoc />
    public string Write(Answer answer) => ConsoleTextRenderer.Render(answer);
}
