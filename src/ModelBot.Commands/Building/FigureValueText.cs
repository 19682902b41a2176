using System.Runtime.CompilerServices;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Building;

/// <summary>
/// A figure's value with its unit as a table cell shows it ("42.8%", "1444 Elo"), formatted once per figure of a
/// dataset version rather than once per cell of every answer: the same figures are shown request after request.
/// Keyed by the dataset's own <see cref="Result"/> instance, so an entry lives exactly as long as the dataset holding
/// it (a reload starts afresh).
/// </summary>
internal static class FigureValueText
{
    private static readonly ConditionalWeakTable<Result, Formatted> Texts = new();

    /// <summary>What <see cref="FigureText.Value(Result, Unit)"/> returns for <paramref name="figure"/> in <paramref name="unit"/>: the decimals the data writes.</summary>
    public static string Of(Result figure, Unit unit)
    {
        if (Texts.TryGetValue(figure, out var formatted) && formatted.Unit == unit)
        {
            return formatted.Text;
        }

        var text = FigureText.Value(figure, unit);
        Texts.AddOrUpdate(figure, new Formatted(unit, text));
        return text;
    }

    /// <summary>The text, with the unit it was written in (a figure is always shown in its benchmark's unit; this only guards).</summary>
    private sealed record Formatted(Unit Unit, string Text);
}
