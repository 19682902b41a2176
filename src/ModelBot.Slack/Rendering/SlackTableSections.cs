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

    private const string Fence = "```";

    /// <summary>Room kept in every section for a closing fence and the lines that count rows left out.</summary>
    private const int Reserve = 160;

    private readonly List<Block> _blocks;
    private readonly int _maxBlocks;
    private readonly StringBuilder _text = new(SlackLimits.SectionText);
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
            foreach (var cell in table.Rows[first + i].Cells)
            {
                LeaderShown |= cell.IsLeader;
                DisputedShown |= cell.Disputed;
            }
        }
        if (_text.Length > 0)
        {
            CloseFence();
            var later = table.Rows.Count - (first + count);
            if (later > 0)
            {
                _text.Append("\n… ").Append(later).Append(later == 1 ? " more row" : " more rows").Append(" — use the buttons");
            }
            Flush();
        }
    }

    /// <summary>Counts, in the last table section, the rows that did not fit.</summary>
    public void Finish()
    {
        if (_omitted == 0)
        {
            return;
        }
        var note = $"… {_omitted} more {(_omitted == 1 ? "row" : "rows")} did not fit in one message";
        if (_lastSection >= 0 && _blocks[_lastSection] is SectionBlock { Text: { } text } section)
        {
            _blocks[_lastSection] = section with { Text = TextObject.Mrkdwn(text.Text + "\n" + note) };
        }
        else if (_blocks.Count < _maxBlocks)
        {
            _blocks.Add(new SectionBlock { Text = TextObject.Mrkdwn(note) });
        }
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
