namespace ModelBot.Discord.Payloads;

/// <summary>A row of at most five buttons (component type 1).</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    /// <summary>Always <see cref="ComponentType.ActionRow"/>.</summary>
    public ComponentType Type => ComponentType.ActionRow;
}
