namespace ModelBot.Discord.Interactions.Components;

/// <summary>A decoded button custom_id: the action, the page it refers to, and the request that produced the message.</summary>
/// <param name="Action">What the button does.</param>
/// <param name="Page">The zero-based page to show (Page) or shown (Sources).</param>
/// <param name="Command">The catalog command name.</param>
/// <param name="Options">The command's option values by catalog option name.</param>
public sealed record ComponentRequest(ComponentAction Action, int Page, string Command, IReadOnlyDictionary<string, string> Options);
