namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>What a shard does after its socket closed with a given code.</summary>
public enum GatewayCloseAction
{
    /// <summary>Reconnect to resume_gateway_url and RESUME the session (with backoff when attempts keep failing).</summary>
    Resume,
    /// <summary>Forget the session, reconnect to the gateway URL and IDENTIFY anew.</summary>
    Reidentify,
    /// <summary>Do not reconnect: the configuration must be fixed first.</summary>
    Stop,
}
