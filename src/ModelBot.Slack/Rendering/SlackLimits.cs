namespace ModelBot.Slack.Rendering;

/// <summary>
/// Block Kit limits (docs.slack.dev reference/block-kit). Characters are counted conservatively as UTF-16 code
/// units of the text as sent (after mrkdwn escaping). Every rendered message stays within all of them.
/// </summary>
public static class SlackLimits
{
    /// <summary>Blocks per message.</summary>
    public const int Blocks = 50;

    /// <summary>A section's text.</summary>
    public const int SectionText = 3000;

    /// <summary>Fields per section.</summary>
    public const int SectionFields = 10;

    /// <summary>One section field's text.</summary>
    public const int SectionFieldText = 2000;

    /// <summary>A header's plain_text.</summary>
    public const int HeaderText = 150;

    /// <summary>Elements per context block.</summary>
    public const int ContextElements = 10;

    /// <summary>The message's top-level <c>text</c> fallback.</summary>
    public const int TextFallback = 40000;

    /// <summary>Elements per actions block.</summary>
    public const int ActionElements = 25;

    /// <summary>A button's label.</summary>
    public const int ButtonText = 75;

    /// <summary>An action_id.</summary>
    public const int ActionId = 255;

    /// <summary>A button's value.</summary>
    public const int ButtonValue = 2000;

    /// <summary>Rows of a table block, its header row included.</summary>
    public const int TableRows = 100;

    /// <summary>Cells in one row of a table block.</summary>
    public const int TableCellsPerRow = 20;

    /// <summary>Table blocks per message.</summary>
    public const int TablesPerMessage = 1;
}
