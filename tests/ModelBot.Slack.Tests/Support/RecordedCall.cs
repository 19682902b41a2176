namespace ModelBot.Slack.Tests.Support;

/// <summary>One request the fake Slack server received.</summary>
internal sealed record RecordedCall(string Method, string? Authorization, string Body);
