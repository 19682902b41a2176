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

    /// <summary>
    /// Whether charts are drawn at all (<c>Charts:Enabled</c>): when not, a follow-on asks for no answer, so a reply
    /// served from the reply cache is not answered again just to find there is nothing to draw.
    /// </summary>
    bool Enabled => true;
}
