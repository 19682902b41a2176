using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// Draws an answer's chart as a PNG. Adapters and the CLI depend on this, never on the drawing library, so a chart
/// stays an optional extra beside the text answer.
/// </summary>
public interface IAnswerChart
{
    /// <summary>
    /// The chart for <paramref name="answer"/>, or null when it has nothing to chart (no figures, an error) or charts
    /// are turned off. Never throws for an answer it cannot draw: the text answer must never depend on it.
    /// </summary>
    ChartImage? Draw(Answer answer);
}
