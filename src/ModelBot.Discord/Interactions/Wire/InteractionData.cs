namespace ModelBot.Discord.Interactions.Wire;

/// <summary>The <c>data</c> of an interaction: a command's name and options, or a component's custom_id.</summary>
public sealed record InteractionData
{
    /// <summary>The registered command's id.</summary>
    public string? Id { get; init; }

    /// <summary>The command's name.</summary>
    public string? Name { get; init; }

    /// <summary>The command's type (1 = slash command).</summary>
    public int? Type { get; init; }

    /// <summary>The options the user filled in.</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>The clicked component's custom_id.</summary>
    public string? CustomId { get; init; }

    /// <summary>The clicked component's type (2 = button).</summary>
    public int? ComponentType { get; init; }
}
