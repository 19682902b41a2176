using System.Text;
using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// The compact footnote line every renderer shows for a source:
/// <c>[1] Title — Publisher, 2026-04-11 (000_ca18….txt)</c>. Plain text on one line.
/// </summary>
public static class SourceFootnote
{
    /// <summary>Titles longer than this are cut with "…".</summary>
    public const int MaxTitleLength = 90;

    /// <summary>Locators (seed file names) longer than this are shortened to their first eight characters and extension.</summary>
    public const int MaxLocatorLength = 16;

    private const int LocatorStemKept = 8;

    /// <summary>The footnote line for <paramref name="note"/>.</summary>
    public static string Format(SourceNote note) => StringBuilderCache.ToStringAndRelease(Append(StringBuilderCache.Acquire(256), note));

    /// <summary>Appends the footnote line for <paramref name="note"/> (no line break).</summary>
    public static StringBuilder Append(StringBuilder builder, SourceNote note)
    {
        builder.Append('[').Append(note.Number).Append("] ");
        builder.AppendToLength(TextFit.SingleLine(note.Title), MaxTitleLength);
        if (HasPublisher(note.Publisher))
        {
            builder.Append(" — ").AppendToLength(TextFit.SingleLine(note.Publisher), MaxTitleLength);
        }
        if (!string.IsNullOrWhiteSpace(note.Date))
        {
            builder.Append(", ").AppendToLength(TextFit.SingleLine(note.Date), 32);
        }
        if (!string.IsNullOrWhiteSpace(note.Locator))
        {
            builder.Append(" (");
            AppendLocator(builder, TextFit.SingleLine(note.Locator));
            builder.Append(')');
        }
        return builder;
    }

    private static bool HasPublisher(string publisher) =>
        !string.IsNullOrWhiteSpace(publisher) && !publisher.Equals("unknown", StringComparison.OrdinalIgnoreCase);

    private static void AppendLocator(StringBuilder builder, string locator)
    {
        if (locator.Length <= MaxLocatorLength)
        {
            builder.Append(locator);
            return;
        }
        var dot = locator.LastIndexOf('.');
        var extension = dot > 0 && locator.Length - dot <= 6 ? locator.AsSpan(dot) : [];
        builder.Append(locator.AsSpan(0, TextFit.SafeCut(locator, LocatorStemKept))).Append(TextFit.EllipsisChar).Append(extension);
    }
}
