namespace ModelBot.Commands.Requests;

/// <summary>
/// A chat platform transport (console, Discord HTTP, Discord Gateway, Slack HTTP, Slack Socket Mode).
/// Small on purpose, so a library such as Discord.Net or SlackNet could replace a hand-written transport.
/// </summary>
public interface IChatAdapter
{
    /// <summary>"console", "discord-http", "discord-gateway", "slack-http", "slack-socket".</summary>
    string Name { get; }
    Task StartAsync(CancellationToken cancellationToken);
    Task StopAsync(CancellationToken cancellationToken);
}
