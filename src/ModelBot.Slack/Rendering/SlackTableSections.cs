using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Rendering;

/// <summary>
/// Writes one page of each answer table as preformatted mrkdwn sections: an aligned code block, split across
/// sections (each repeating the header) so none passes <see cref="SlackLimits.SectionText"/>. When the block budget
/// runs out, the rows left out are counted in the last section written.
/// </summary>
internal sealed class SlackTableSections
{
    internal static readonly MonospaceTableOptions Options = new()
    {
        MaxColumnWidth = 30,
        ReplaceBackticks = true,
    };

    /// <summary>Tables wider than this many columns wrap in a message; they are written as a list instead.</summary>
    public const int MaxWidth = 96;

    private const string Fence = "```";

    /// <summary>Room kept in every section for a closing fence and the lines that count rows left out.</summary>
    private const int Reserve = 160;

    private readonly List<Block> _blocks;
    private readonly int _maxBlocks;
    private readonly StringBuilder _text = StringBuilderCache.Acquire(SlackLimits.SectionText + 256);
    private int _omitted;
    private int _lastSection = -1;

    public SlackTableSections(List<Block> blocks, int maxBlocks)
    {
        _blocks = blocks;
        _maxBlocks = maxBlocks;
    }

    public bool LeaderShown { get; private set; }

    public bool DisputedShown { get; private set; }

    /// <summary>Appends the sections for <paramref name="table"/>'s rows on <paramref name="page"/>.</summary>
    public void Append(AnswerTable table, int page, int rowsPerPage)
    {
        var (first, count) = AnswerPages.Rows(table, page, rowsPerPage);
        if (count == 0 && page > 0)
        {
            return;
        }
        if (_blocks.Count >= _maxBlocks)
        {
            _omitted += count;
            return;
        }
        var caption = TextFit.ToLength(TextFit.SingleLine(table.Caption), 100);
        var captionInFence = !SlackMrkdwn.IsInert(caption);
        _text.Clear();
        if (!captionInFence && caption.Length > 0)
        {
            SlackMrkdwn.AppendEscaped(_text.Append('*'), caption).Append("*\n");
        }
        if (count == 0)
        {
            _text.Append("_no figures_");
            Flush();
            return;
        }

        var layout = MonospaceTable.Create(table, first, count, Options);
        if (layout.LineWidth > MaxWidth)
        {
            AppendList(table, first, count, caption);
            return;
        }
        OpenFence(layout, captionInFence ? caption.Replace('`', 'ˋ') : null);
        if (_text.Length > SlackLimits.SectionText - Reserve)
        {
            // Even the header is wider than a section can hold: count the rows instead.
            _text.Clear();
            _omitted += count;
            return;
        }
        var rowsInSection = 0;
        for (var i = 0; i < count; i++)
        {
            var before = _text.Length;
            layout.AppendRow(_text, i).Append('\n');
            SlackMrkdwn.EscapeInPlace(_text, before);
            if (_text.Length > SlackLimits.SectionText - Reserve && rowsInSection > 0)
            {
                _text.Length = before;
                CloseFence();
                Flush();
                if (_blocks.Count >= _maxBlocks)
                {
                    _omitted += count - i;
                    break;
                }
                OpenFence(layout, null);
                rowsInSection = 0;
                i--;
                continue;
            }
            if (_text.Length > SlackLimits.SectionText - Reserve)
            {
                // A single row wider than a section: leave it out rather than break the limit.
                _text.Length = before;
                _omitted++;
                continue;
            }
            rowsInSection++;
            NoteMarks(table.Rows[first + i]);
        }
        if (_text.Length > 0)
        {
            CloseFence();
            var later = table.Rows.Count - (first + count);
            if (later > 0)
            {
                _text.Append('\n').Append(AnswerPhrases.MoreRowsOnLaterPages(later));
            }
            Flush();
        }
    }

    /// <summary>Counts, in the last table section, the rows that did not fit; the sections may not be appended to afterwards.</summary>
    public void Finish()
    {
        StringBuilderCache.Release(_text);
        if (_omitted == 0)
        {
            return;
        }
        var note = AnswerPhrases.DidNotFitInOneMessage(_omitted);
        if (_lastSection >= 0 && _blocks[_lastSection] is SectionBlock { Text: { } text } section)
        {
            _blocks[_lastSection] = section with { Text = text with { Text = text.Text + "\n" + note } };
        }
        else if (_blocks.Count < _maxBlocks)
        {
            _blocks.Add(new SectionBlock { Text = TextObject.Mrkdwn(note) });
        }
    }

    /// <summary>
    /// Writes rows as a list: a line per row, its first cell bold, the others after "·", numbers labelled with their
    /// column. In plain_text (no bold) when any of the text could format.
    /// </summary>
    private void AppendList(AnswerTable table, int first, int count, string caption)
    {
        var mrkdwn = SlackMrkdwn.IsInert(caption) && RowsAreInert(table, first, count);
        var numeric = new bool[table.Columns.Count];
        for (var c = 0; c < numeric.Length; c++)
        {
            numeric[c] = TableCells.IsNumericColumn(table, c);
        }
        _text.Clear();
        if (caption.Length > 0)
        {
            AppendText(mrkdwn ? _text.Append('*') : _text, caption, mrkdwn).Append(mrkdwn ? "*" : "");
        }
        for (var i = 0; i < count; i++)
        {
            var before = _text.Length;
            AppendListRow(_text.Append(_text.Length > 0 ? "\n" : ""), table, table.Rows[first + i], numeric, mrkdwn);
            if (_text.Length > SlackLimits.SectionText - Reserve)
            {
                _text.Length = before;
                if (before == 0)
                {
                    _omitted++;
                    continue;
                }
                FlushList(mrkdwn);
                if (_blocks.Count >= _maxBlocks)
                {
                    _omitted += count - i;
                    return;
                }
                i--;
                continue;
            }
            NoteMarks(table.Rows[first + i]);
        }
        var later = table.Rows.Count - (first + count);
        if (later > 0)
        {
            _text.Append('\n').Append(AnswerPhrases.MoreRowsOnLaterPages(later));
        }
        if (_text.Length > 0)
        {
            FlushList(mrkdwn);
        }
    }

    private static StringBuilder AppendListRow(StringBuilder text, AnswerTable table, AnswerRow row, bool[] numeric, bool mrkdwn)
    {
        text.Append("• ");
        var written = 0;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var value = TextFit.ToLength(TextFit.SingleLine(cell.Text), 160);
            if (value.Length == 0 || (c > 0 && TableCells.IsPlaceholder(value)))
            {
                continue;
            }
            text.Append(written++ > 0 ? " · " : "");
            var bold = mrkdwn && (c == 0 || cell.IsLeader);
            if (c > 0 && c < numeric.Length && numeric[c] && table.Columns[c].Length > 0)
            {
                AppendText(text, TextFit.ToLength(TextFit.SingleLine(table.Columns[c]), 40), mrkdwn).Append(' ');
            }
            AppendText(bold ? text.Append('*') : text, value, mrkdwn).Append(bold ? "*" : "");
            text.Append(cell.IsLeader ? " " + AnswerPhrases.LeaderMark : "").Append(cell.Disputed ? " " + AnswerPhrases.DisputedMark : "");
        }
        var sources = TableCells.SourceList(row.Cells);
        return sources.Length > 0 ? text.Append(" [").Append(sources).Append(']') : text;
    }

    /// <summary>Remembers the marks a written row shows, for the legend.</summary>
    private void NoteMarks(AnswerRow row)
    {
        var (leader, disputed) = TableCells.Marks(row.Cells);
        LeaderShown |= leader;
        DisputedShown |= disputed;
    }

    private static StringBuilder AppendText(StringBuilder text, string value, bool mrkdwn) =>
        mrkdwn ? SlackMrkdwn.AppendEscaped(text, value) : text.Append(value);

    private static bool RowsAreInert(AnswerTable table, int first, int count)
    {
        foreach (var column in table.Columns)
        {
            if (!SlackMrkdwn.IsInert(column))
            {
                return false;
            }
        }
        for (var i = first; i < first + count; i++)
        {
            foreach (var cell in table.Rows[i].Cells)
            {
                if (!SlackMrkdwn.IsInert(cell.Text))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private void FlushList(bool mrkdwn)
    {
        var text = _text.ToString();
        _blocks.Add(new SectionBlock { Text = mrkdwn ? TextObject.Mrkdwn(text) : TextObject.Plain(text) });
        _lastSection = _blocks.Count - 1;
        _text.Clear();
    }

    private void OpenFence(MonospaceTable layout, string? caption)
    {
        _text.Append(Fence).Append('\n');
        var start = _text.Length;
        if (caption is not null)
        {
            _text.Append(caption).Append('\n');
        }
        layout.AppendHeader(_text).Append('\n');
        layout.AppendRule(_text).Append('\n');
        SlackMrkdwn.EscapeInPlace(_text, start);
    }

    private void CloseFence() => _text.Append(Fence);

    private void Flush()
    {
        _blocks.Add(new SectionBlock { Text = TextObject.Mrkdwn(_text.ToString()) });
        _lastSection = _blocks.Count - 1;
        _text.Clear();
    }
}
