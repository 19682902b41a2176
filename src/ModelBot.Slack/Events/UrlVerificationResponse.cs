namespace ModelBot.Slack.Events;

/// <summary>The answer to <c>url_verification</c>: the challenge echoed.</summary>
/// <param name="Challenge">The challenge Slack sent.</param>
public sealed record UrlVerificationResponse(string Challenge);
