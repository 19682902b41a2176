namespace ModelBot.Commands.Routing;

/// <summary>Configuration of command parsing, bound from the <c>Commands</c> section.</summary>
public sealed class CommandsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Commands";

    /// <summary>
    /// A namespace prefix that slash commands may carry, e.g. <c>mb-</c> so Slack's <c>/mb-compare</c> runs
    /// <c>compare</c>. Empty for none. Unprefixed names are always accepted.
    /// </summary>
    public string CommandPrefix { get; set; } = "mb-";
}
