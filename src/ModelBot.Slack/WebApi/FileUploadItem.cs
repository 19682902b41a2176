namespace ModelBot.Slack.WebApi;

/// <summary>One file of <c>files.completeUploadExternal</c>'s <c>files</c> list.</summary>
public sealed record FileUploadItem(string Id, string Title);
