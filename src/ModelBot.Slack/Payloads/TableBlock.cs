namespace ModelBot.Slack.Payloads;

/// <summary>
/// Slack's native table: rows of cells (at most 100 rows of at most 20 cells; one table per message), with per-column
/// alignment and wrapping. Clients show it as a real table, so it needs no monospace layout.
/// </summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TableCell>> Rows) : Block
{
    /// <summary>Alignment and wrapping of the first columns (at most 20); later columns take the defaults.</summary>
    public IReadOnlyList<TableColumnSettings>? ColumnSettings { get; init; }
}

/// <summary>How a table column lays out its cells.</summary>
/// <param name="Align">"left", "center" or "right"; null for left.</param>
/// <param name="IsWrapped">Whether long cells wrap onto more lines rather than being cut.</param>
public sealed record TableColumnSettings(string? Align = null, bool? IsWrapped = null)
{
    /// <summary>Numbers line up on the right.</summary>
    public const string Right = "right";
}
