namespace ModelBot.Slack.Interactivity;

/// <summary>
/// What a button carries in its <c>value</c> so that any replica can answer it without stored state: the catalog
/// command, its text and the page to show.
/// </summary>
/// <param name="Command">Catalog command name, or null for a free-text question (an @mention).</param>
/// <param name="Text">The request text.</param>
/// <param name="Page">The page the button shows.</param>
public sealed record ButtonState(string? Command, string Text, int Page);
