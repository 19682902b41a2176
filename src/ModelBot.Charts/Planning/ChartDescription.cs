using System.Text;
using ModelBot.Commands.Rendering;

namespace ModelBot.Charts.Planning;

/// <summary>
/// The chart in words, for screen readers (Discord's attachment description, Slack's alt text): the title, then each
/// panel's caption and its rows with their figures as the text shows them.
/// </summary>
public static class ChartDescription
{
    /// <summary>The description of <paramref name="plan"/>, at most <paramref name="maxLength"/> characters.</summary>
    public static string Of(ChartPlan plan, int maxLength)
    {
        var text = new StringBuilder(256).Append("Bar chart: ").Append(plan.Title).Append('.');
        foreach (var panel in plan.Panels)
        {
            text.Append(' ').Append(panel.Caption).Append(panel.LowerIsBetter ? " (lower is better): " : ": ");
            for (var g = 0; g < panel.Groups.Count; g++)
            {
                var group = panel.Groups[g];
                text.Append(g == 0 ? "" : "; ").Append(group.Label);
                for (var s = 0; s < group.Bars.Count; s++)
                {
                    if (group.Bars[s] is not { } bar)
                    {
                        continue;
                    }
                    text.Append(panel.IsRanking ? " " : s == 0 || group.Bars.Take(s).All(b => b is null) ? " — " : ", ");
                    if (!panel.IsRanking)
                    {
                        text.Append(panel.Series[s]).Append(' ');
                    }
                    text.Append(bar.Text).Append(bar.Leader ? " (leads)" : "").Append(bar.Disputed ? " (disputed)" : "");
                }
            }
            text.Append('.');
        }
        return TextFit.ToLength(text.ToString(), maxLength);
    }
}
