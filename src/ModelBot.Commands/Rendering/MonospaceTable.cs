using System.Text;
using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// A slice of an <see cref="AnswerTable"/> laid out for a monospace medium (a Discord or Slack code block, a terminal):
/// columns sized by display width, numbers right-aligned with their marks after them, leaders and disputed figures
/// marked, a trailing column of footnote numbers, every cell on one line and cut to a maximum width.
/// Lines are appended without their line break; trailing spaces are never written.
/// </summary>
public sealed class MonospaceTable
{
    private const string Backtick = "`";
    private const string BacktickLookalike = "ˋ";

    // Which marks follow a cell: indexes into the table's mark texts.
    private const byte NoMarks = 0;
    private const byte LeaderMark = 1;
    private const byte DisputedMark = 2;
    private const byte BothMarks = 3;

    private readonly MonospaceTableOptions _options;
    private readonly string[] _headers;
    private readonly int _rowCount;

    // Cells row by row (index row × columns + column): the text, its display width measured once, and which marks
    // follow it. A cell's marks are one of four texts (none, leader, disputed, both), kept once per table.
    private readonly string[] _main;
    private readonly int[] _mainCellWidths;
    private readonly byte[] _markKinds;
    private readonly string[] _markTexts;
    private readonly int[] _markTextWidths;
    private readonly int[] _mainWidths;
    private readonly int[] _markWidths;
    private readonly int[] _widths;
    private readonly bool[] _rightAligned;

    private MonospaceTable(MonospaceTableOptions options, string[] headers, int rowCount, string[] main, byte[] markKinds, bool[] rightAligned)
    {
        _options = options;
        _headers = headers;
        _rowCount = rowCount;
        _main = main;
        _markKinds = markKinds;
        _rightAligned = rightAligned;
        var leaderMark = " " + options.LeaderMark;
        var disputedMark = " " + options.DisputedMark;
        _markTexts = ["", leaderMark, disputedMark, leaderMark + disputedMark];
        _markTextWidths = [0, DisplayWidth.Of(leaderMark), DisplayWidth.Of(disputedMark), DisplayWidth.Of(_markTexts[BothMarks])];
        var columns = headers.Length;
        _mainCellWidths = new int[main.Length];
        for (var i = 0; i < main.Length; i++)
        {
            _mainCellWidths[i] = DisplayWidth.Of(main[i]);
        }
        _mainWidths = new int[columns];
        _markWidths = new int[columns];
        _widths = new int[columns];
        var lineWidth = 0;
        for (var c = 0; c < columns; c++)
        {
            for (var r = 0; r < rowCount; r++)
            {
                var cell = (r * columns) + c;
                // Left-aligned cells keep their marks right after the text.
                var marksWidth = _markTextWidths[markKinds[cell]];
                _mainWidths[c] = Math.Max(_mainWidths[c], rightAligned[c] ? _mainCellWidths[cell] : _mainCellWidths[cell] + marksWidth);
                _markWidths[c] = rightAligned[c] ? Math.Max(_markWidths[c], marksWidth) : 0;
            }
            // A number column ends its header where its digits end, the marks standing after both.
            _widths[c] = Math.Max(DisplayWidth.Of(headers[c]), _mainWidths[c]) + _markWidths[c];
            lineWidth += _widths[c];
        }
        LineWidth = lineWidth + (options.ColumnGap * Math.Max(0, columns - 1));
    }

    /// <summary>Rows in this slice.</summary>
    public int RowCount => _rowCount;

    /// <summary>Display width of the widest line (header, rule or row).</summary>
    public int LineWidth { get; }

    /// <summary>Lays out rows <paramref name="firstRow"/> to <paramref name="firstRow"/> + <paramref name="rowCount"/> − 1 of <paramref name="table"/>.</summary>
    public static MonospaceTable Create(AnswerTable table, int firstRow, int rowCount, MonospaceTableOptions options)
    {
        firstRow = Math.Clamp(firstRow, 0, table.Rows.Count);
        rowCount = Math.Clamp(rowCount, 0, table.Rows.Count - firstRow);
        var dataColumns = table.Columns.Count;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            dataColumns = Math.Max(dataColumns, table.Rows[r].Cells.Count);
        }
        var withSources = options.SourceColumnHeader is not null && TableCells.HasSourceRefs(table);
        var columns = dataColumns + (withSources ? 1 : 0);

        var headers = new string[columns];
        for (var c = 0; c < dataColumns; c++)
        {
            headers[c] = c < table.Columns.Count ? Clean(table.Columns[c], options) : "";
        }
        if (withSources)
        {
            headers[dataColumns] = options.SourceColumnHeader!;
        }

        var rightAligned = new bool[columns];
        for (var c = 0; c < dataColumns; c++)
        {
            rightAligned[c] = TableCells.IsNumericColumn(table, c);
        }

        var main = new string[rowCount * columns];
        var markKinds = new byte[rowCount * columns];
        var column = new string[rowCount];
        for (var c = 0; c < dataColumns; c++)
        {
            for (var r = 0; r < rowCount; r++)
            {
                var cells = table.Rows[firstRow + r].Cells;
                column[r] = c < cells.Count ? Clean(cells[c].Text, options) : "";
            }
            // Cut as a column, so two labels that differ never read the same.
            var fitted = DistinctFit.ToWidth(column, options.MaxColumnWidth);
            for (var r = 0; r < rowCount; r++)
            {
                main[(r * columns) + c] = fitted[r];
            }
        }
        for (var r = 0; r < rowCount; r++)
        {
            var cells = table.Rows[firstRow + r].Cells;
            var rowStart = r * columns;
            for (var c = 0; c < dataColumns; c++)
            {
                var cell = c < cells.Count ? cells[c] : null;
                markKinds[rowStart + c] = cell switch
                {
                    { IsLeader: true, Disputed: true } => BothMarks,
                    { IsLeader: true } => LeaderMark,
                    { Disputed: true } => DisputedMark,
                    _ => NoMarks,
                };
            }
            if (withSources)
            {
                main[rowStart + dataColumns] = TextFit.ToWidth(TableCells.SourceList(cells), 12);
            }
        }
        return new MonospaceTable(options, headers, rowCount, main, markKinds, rightAligned);
    }

    /// <summary>Appends the header line.</summary>
    public StringBuilder AppendHeader(StringBuilder builder)
    {
        var start = builder.Length;
        for (var c = 0; c < _headers.Length; c++)
        {
            AppendGap(builder, c);
            var header = _headers[c];
            var width = DisplayWidth.Of(header);
            if (_rightAligned[c])
            {
                builder.Append(' ', _widths[c] - _markWidths[c] - width).Append(header).Append(' ', _markWidths[c]);
            }
            else
            {
                builder.Append(header).Append(' ', _widths[c] - width);
            }
        }
        return TrimEnd(builder, start);
    }

    /// <summary>Appends the rule under the header, as wide as the table.</summary>
    public StringBuilder AppendRule(StringBuilder builder) => builder.Append(_options.Rule, LineWidth);

    /// <summary>Appends row <paramref name="index"/> of this slice.</summary>
    public StringBuilder AppendRow(StringBuilder builder, int index)
    {
        var start = builder.Length;
        var columns = _headers.Length;
        for (var c = 0; c < columns; c++)
        {
            AppendGap(builder, c);
            var cell = (index * columns) + c;
            var main = _main[cell];
            var marks = _markTexts[_markKinds[cell]];
            var mainWidth = _mainCellWidths[cell];
            var marksWidth = _markTextWidths[_markKinds[cell]];
            if (_rightAligned[c])
            {
                var numberWidth = _widths[c] - _markWidths[c];
                builder.Append(' ', numberWidth - mainWidth).Append(main).Append(marks).Append(' ', _markWidths[c] - marksWidth);
            }
            else
            {
                builder.Append(main).Append(marks).Append(' ', _widths[c] - mainWidth - marksWidth);
            }
        }
        return TrimEnd(builder, start);
    }

    private void AppendGap(StringBuilder builder, int column)
    {
        if (column > 0)
        {
            builder.Append(' ', _options.ColumnGap);
        }
    }

    private static StringBuilder TrimEnd(StringBuilder builder, int start)
    {
        var end = builder.Length;
        while (end > start && builder[end - 1] == ' ')
        {
            end--;
        }
        builder.Length = end;
        return builder;
    }

    /// <summary>The cell's text on one line, backticks replaced where asked; cut to width later, column by column.</summary>
    private static string Clean(string text, MonospaceTableOptions options)
    {
        var line = TextFit.SingleLine(text);
        if (options.ReplaceBackticks && line.Contains(Backtick, StringComparison.Ordinal))
        {
            line = line.Replace(Backtick, BacktickLookalike, StringComparison.Ordinal);
        }
        return line;
    }
}
