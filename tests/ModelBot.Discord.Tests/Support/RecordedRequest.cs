namespace ModelBot.Discord.Tests.Support;

/// <summary>A request the fake Discord API received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
