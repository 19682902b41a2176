namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Dispatch event names (<c>t</c>) this client acts on.</summary>
public static class GatewayEventNames
{
    /// <summary>Handshake finished; carries session_id and resume_gateway_url.</summary>
    public const string Ready = "READY";
    /// <summary>Replay after RESUME finished.</summary>
    public const string Resumed = "RESUMED";
    /// <summary>A user invoked a command or component.</summary>
    public const string InteractionCreate = "INTERACTION_CREATE";
}
