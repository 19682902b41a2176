using ModelBot.Commands.Answers;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Commands.Requests;

namespace ModelBot.Rendering.Tests;

/// <summary>Charts switched off (<c>Charts:Enabled</c> false): drawing one is a test failure.</summary>
internal sealed class ChartsOff : IAnswerChart
{
    public bool Enabled => false;

    public ChartImage? Draw(Answer answer) => throw new InvalidOperationException("charts are off: nothing is drawn");

    /// <summary>
    /// A reply served from the reply cache without its answer, delivered to <paramref name="target"/>, and how many
    /// times a follow-on answered it again (each time also throws, so the follow-on fails).
    /// </summary>
    public static (DeliveredAnswer<TTarget> Delivered, Func<int> AnsweredAgain) CachedReply<TTarget>(string platform, TTarget target)
    {
        var answeredAgain = 0;
        var delivered = new DeliveredAnswer<TTarget>(
            new ChatRequest { Platform = platform, Text = "/compare muse-spark gpt-5.4" },
            target,
            answer: null,
            _ =>
            {
                answeredAgain++;
                throw new InvalidOperationException("answered again");
            });
        return (delivered, () => answeredAgain);
    }
}
