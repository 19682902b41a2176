namespace ModelBot.Slack.Tests.Support;

/// <summary>A response the fake Slack server gives once, before its defaults; <paramref name="Hang"/> never answers.</summary>
internal sealed record ScriptedResponse(int Status, string Body, string? RetryAfter = null, bool Hang = false, string? Location = null)
{
    /// <summary>Never answers: the call hangs until the client gives up.</summary>
    public static ScriptedResponse Hanging() => new(200, "", Hang: true);
}
