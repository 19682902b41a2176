using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Rendering.Tests;

/// <summary>Every <see cref="SlackLimits"/> value a message breaks, as readable lines (empty when none).</summary>
internal static class SlackLimitChecker
{
    public static List<string> Violations(SlackMessage message, int maxBlocks = SlackLimits.Blocks)
    {
        var problems = new List<string>();
        void Check(string what, int actual, int limit)
        {
            if (actual > limit)
            {
                problems.Add($"{what}: {actual} > {limit}");
            }
        }

        Check("text fallback", message.Text.Length, SlackLimits.TextFallback);
        if (message.Text.Length == 0)
        {
            problems.Add("empty text fallback");
        }
        var blocks = message.Blocks ?? [];
        Check("blocks", blocks.Count, maxBlocks);
        Check("table blocks", blocks.OfType<TableBlock>().Count(), SlackLimits.TablesPerMessage);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeaderBlock header:
                    Check("header text", header.Text.Text.Length, SlackLimits.HeaderText);
                    if (header.Text.Type != TextObject.PlainTextType || header.Text.Text.Length == 0)
                    {
                        problems.Add("header must be non-empty plain_text");
                    }
                    break;
                case SectionBlock section:
                    Check("section text", section.Text?.Text.Length ?? 0, SlackLimits.SectionText);
                    Check("section fields", section.Fields?.Count ?? 0, SlackLimits.SectionFields);
                    foreach (var field in section.Fields ?? [])
                    {
                        Check("section field", field.Text.Length, SlackLimits.SectionFieldText);
                    }
                    if (section.Text is null && (section.Fields?.Count ?? 0) == 0)
                    {
                        problems.Add("section without text or fields");
                    }
                    if (section.Text is { Type: TextObject.MrkdwnType } text && text.Text.Split("```").Length % 2 == 0)
                    {
                        problems.Add("unbalanced code fence in section");
                    }
                    break;
                case ContextBlock context:
                    Check("context elements", context.Elements.Count, SlackLimits.ContextElements);
                    foreach (var element in context.Elements)
                    {
                        Check("context element", element.Text.Length, SlackLimits.SectionText);
                    }
                    break;
                case TableBlock table:
                    Check("table rows", table.Rows.Count, SlackLimits.TableRows);
                    Check("table column settings", table.ColumnSettings?.Count ?? 0, SlackLimits.TableCellsPerRow);
                    foreach (var row in table.Rows)
                    {
                        Check("table cells in a row", row.Count, SlackLimits.TableCellsPerRow);
                        foreach (var cell in row)
                        {
                            var cellText = cell switch
                            {
                                RawTextCell raw => raw.Text,
                                RichTextCell rich => string.Concat(rich.Elements.SelectMany(e => e.Elements).Select(run => run.Text)),
                                _ => "",
                            };
                            if (cellText.Length == 0)
                            {
                                problems.Add("empty table cell");
                            }
                        }
                    }
                    if (table.Rows.Count == 0)
                    {
                        problems.Add("table without rows");
                    }
                    break;
                case ActionsBlock actions:
                    Check("action elements", actions.Elements.Count, SlackLimits.ActionElements);
                    foreach (var button in actions.Elements)
                    {
                        Check("button text", button.Text.Text.Length, SlackLimits.ButtonText);
                        Check("action_id", button.ActionId.Length, SlackLimits.ActionId);
                        Check("button value", button.Value?.Length ?? 0, SlackLimits.ButtonValue);
                    }
                    break;
            }
        }
        return problems;
    }
}
