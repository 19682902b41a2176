using ModelBot.Commands.Answers;

namespace ModelBot.Host.Formats;

/// <summary>Lays out a neutral <see cref="Answer"/> as one output format. Formatters never compute: they delegate to a renderer.</summary>
public interface IAnswerFormatter
{
    /// <summary>The format this formatter writes.</summary>
    AnswerFormat Format { get; }

    /// <summary>
    /// True when the output is JSON: written compact on one line (JSON lines for <c>ask -</c>), and written for failed
    /// answers too, since a script reads one answer per request.
    /// </summary>
    bool IsJson { get; }

    /// <summary>The answer in this format. JSON formats return a single line.</summary>
    string Write(Answer answer);

    /// <summary>
    /// The answer to <paramref name="request"/> (the text as typed) in this format: platform formats need it for the
    /// buttons that re-run the request. Others ignore it.
    /// </summary>
    string Write(Answer answer, string request) => Write(answer);
}
