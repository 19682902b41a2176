using System.Globalization;
using System.Text.RegularExpressions;

namespace ModelBot.Core.Tests.Data;

/// <summary>Helpers to compare dataset passages and values with article text.</summary>
internal static partial class PassageText
{
    /// <summary>Collapses every run of whitespace to one space and trims.</summary>
    public static string NormaliseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Every number written in the text, reading thousands separators ("1,444") and decimals ("59.0").</summary>
    public static IReadOnlyList<double> Numbers(string text) =>
        Number().Matches(text)
            .Select(m => double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>Formats a value the way the dataset notes write it (invariant, shortest round-trip).</summary>
    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d])")]
    private static partial Regex Number();
}
