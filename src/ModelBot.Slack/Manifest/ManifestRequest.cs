namespace ModelBot.Slack.Manifest;

/// <summary>What the manifest is generated for.</summary>
/// <param name="BaseUrl">The public https base address of ModelBot's HTTP endpoints; null in Socket Mode.</param>
/// <param name="CommandPrefix">Slack:CommandPrefix, e.g. <c>mb-</c>.</param>
/// <param name="SocketMode">Receive everything over Socket Mode instead of request URLs.</param>
/// <param name="AppName">The app's and bot user's name.</param>
public sealed record ManifestRequest(Uri? BaseUrl, string CommandPrefix, bool SocketMode, string AppName = "ModelBot");
