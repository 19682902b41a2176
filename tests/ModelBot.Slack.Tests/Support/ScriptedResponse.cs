namespace ModelBot.Slack.Tests.Support;

/// <summary>A response the fake Slack server gives once, before its defaults.</summary>
internal sealed record ScriptedResponse(int Status, string Body, string? RetryAfter = null);
