namespace ModelBot.Host.Health;

/// <summary>One transport in <c>/healthz</c>.</summary>
/// <param name="Name">discord-http, discord-gateway, slack-http, slack-socket or console.</param>
/// <param name="State">connecting, up, down or stopping.</param>
public sealed record TransportStatus(string Name, string State);
