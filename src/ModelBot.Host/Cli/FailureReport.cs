using ModelBot.Commands.Answers;

namespace ModelBot.Host.Cli;

/// <summary>Writes why a request could not be answered, and what the user may have meant, to standard error.</summary>
public static class FailureReport
{
    /// <summary>Writes <c>error: reason</c> then <c>did you mean:</c> and one suggestion per indented line.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="answer">A failed answer.</param>
    /// <param name="lineNumber">The input line of <c>ask -</c>, or null for a single request.</param>
    public static async Task WriteAsync(TextWriter error, Answer answer, int? lineNumber)
    {
        var where = lineNumber is { } line ? $"line {line}: " : "";
        var reason = string.IsNullOrWhiteSpace(answer.Error) ? answer.Title : answer.Error;
        await error.WriteLineAsync($"{where}error: {reason}");
        if (answer.Suggestions.Count > 0)
        {
            await error.WriteLineAsync($"{where}did you mean:");
            foreach (var suggestion in answer.Suggestions)
            {
                await error.WriteLineAsync($"  {suggestion}");
            }
        }
    }
}
