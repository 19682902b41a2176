namespace ModelBot.Slack.Manifest;

/// <summary>A manifest, or the reason none could be made.</summary>
/// <param name="Manifest">The manifest, when <see cref="Error"/> is null.</param>
/// <param name="Error">What is wrong with the request.</param>
public sealed record ManifestResult(SlackAppManifest? Manifest, string? Error);
