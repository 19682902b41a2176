namespace ModelBot.Commands.Catalog;

/// <summary>A chat command as written once in the catalog: drives the router, /help, Discord registration and the Slack manifest.</summary>
public sealed record CommandDefinition
{
    /// <summary>Command name without the slash: lowercase, 1–32 characters, e.g. <c>compare</c>.</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what the command does (1–100 characters).</summary>
    public required string Description { get; init; }

    /// <summary>Options in the order Discord shows them; required options first.</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>How to type it, e.g. <c>/compare &lt;model&gt; &lt;model&gt; [&lt;model&gt;…]</c>.</summary>
    public required string Usage { get; init; }

    /// <summary>Slack's usage hint: the arguments part of <see cref="Usage"/> (what follows the command name).</summary>
    public string UsageHint
    {
        get
        {
            var space = Usage.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? "" : Usage[(space + 1)..];
        }
    }

    /// <summary>Complete example invocations, e.g. <c>/compare muse-spark gpt-5.4</c>.</summary>
    public required IReadOnlyList<string> Examples { get; init; }

    /// <summary>Finds an option by name (ordinal, case-insensitive), or null.</summary>
    public CommandOption? FindOption(string name)
    {
        foreach (var option in Options)
        {
            if (string.Equals(option.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        return null;
    }
}
