namespace ModelBot.Commands.Rendering;

/// <summary>How a <see cref="MonospaceTable"/> lays out an answer table for one medium.</summary>
public sealed record MonospaceTableOptions
{
    /// <summary>Cells wider than this many columns are cut with "…".</summary>
    public int MaxColumnWidth { get; init; } = 28;

    /// <summary>Appended (after a space) to a cell that leads its row or column.</summary>
    public string LeaderMark { get; init; } = AnswerPhrases.LeaderMark.ToString();

    /// <summary>Appended (after a space) to a disputed figure.</summary>
    public string DisputedMark { get; init; } = AnswerPhrases.DisputedMark.ToString();

    /// <summary>Spaces between columns.</summary>
    public int ColumnGap { get; init; } = 2;

    /// <summary>Character of the rule under the header.</summary>
    public char Rule { get; init; } = '─';

    /// <summary>Header of the trailing column that lists the row's footnote numbers; null leaves it out.</summary>
    public string? SourceColumnHeader { get; init; } = "Src";

    /// <summary>Replace backticks in cells with a look-alike (<c>ˋ</c>) so a cell can never close a code block.</summary>
    public bool ReplaceBackticks { get; init; }
}
