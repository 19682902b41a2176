namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>
/// Gateway close event codes (discord-api-docs, topics/opcodes-and-status-codes, "Gateway Close Event Codes")
/// and what a shard does after each.
/// </summary>
public static class GatewayCloseCodes
{
    /// <summary>Normal closure: the session is invalidated. Sent by the client on shutdown only.</summary>
    public const int NormalClosure = 1000;
    /// <summary>Going away: also invalidates the session.</summary>
    public const int GoingAway = 1001;
    /// <summary>WebSocket "invalid payload data": sent by this client when transport-compressed data does not inflate (keeps the session resumable).</summary>
    public const int InvalidPayloadData = 1007;
    /// <summary>WebSocket "message too big": sent by this client when a message exceeds <see cref="GatewayLimits.MaxReceiveMessageBytes"/> (keeps the session resumable).</summary>
    public const int MessageTooBig = 1009;
    /// <summary>Unknown error. Also what this client sends when it closes to resume (any code but 1000/1001 keeps the session).</summary>
    public const int UnknownError = 4000;
    /// <summary>An invalid opcode or payload for an opcode was sent.</summary>
    public const int UnknownOpcode = 4001;
    /// <summary>An invalid payload was sent.</summary>
    public const int DecodeError = 4002;
    /// <summary>A payload was sent before identifying, or the session was invalidated.</summary>
    public const int NotAuthenticated = 4003;
    /// <summary>The account token sent with the identify payload is incorrect.</summary>
    public const int AuthenticationFailed = 4004;
    /// <summary>More than one identify payload was sent.</summary>
    public const int AlreadyAuthenticated = 4005;
    /// <summary>The sequence sent when resuming was invalid.</summary>
    public const int InvalidSeq = 4007;
    /// <summary>Payloads were sent too quickly.</summary>
    public const int RateLimited = 4008;
    /// <summary>The session timed out.</summary>
    public const int SessionTimedOut = 4009;
    /// <summary>An invalid shard was sent when identifying.</summary>
    public const int InvalidShard = 4010;
    /// <summary>The session would have handled too many guilds: sharding is required.</summary>
    public const int ShardingRequired = 4011;
    /// <summary>An invalid gateway version was sent.</summary>
    public const int InvalidApiVersion = 4012;
    /// <summary>An invalid intent was sent.</summary>
    public const int InvalidIntents = 4013;
    /// <summary>A disallowed (privileged, not enabled) intent was sent.</summary>
    public const int DisallowedIntents = 4014;

    /// <summary>
    /// Classifies a close code. <c>null</c> (the socket dropped without a close frame) resumes, as the docs say.
    /// </summary>
    public static GatewayCloseAction Classify(int? closeCode) => closeCode switch
    {
        AuthenticationFailed or InvalidShard or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents
            => GatewayCloseAction.Stop,
        // 4003 and 4005 mean the server holds no usable session for this socket: resuming it again would be refused
        // forever (discord.js identifies anew on both).
        InvalidSeq or SessionTimedOut or NotAuthenticated or AlreadyAuthenticated or NormalClosure or GoingAway => GatewayCloseAction.Reidentify,
        _ => GatewayCloseAction.Resume,
    };

    /// <summary>What the operator must fix for a <see cref="GatewayCloseAction.Stop"/> code, or a short description otherwise.</summary>
    public static string Describe(int? closeCode) => closeCode switch
    {
        AuthenticationFailed => "authentication failed: the bot token is wrong or was reset; set Discord:BotToken to the token from the Developer Portal (Bot page)",
        InvalidShard => "invalid shard: Discord:Gateway:ShardIds holds an id outside 0..ShardCount-1 or ShardCount is not accepted; fix the shard settings (ShardCount 0 uses the recommended count)",
        ShardingRequired => "sharding required: the bot is in too many guilds for this shard count; raise Discord:Gateway:ShardCount or set it to 0 for the recommended count",
        InvalidApiVersion => "invalid API version: the gateway rejected v10; update ModelBot",
        InvalidIntents => "invalid intents: Discord:Gateway:Intents holds an unknown bit; use 0 for slash commands",
        DisallowedIntents => "disallowed intents: Discord:Gateway:Intents asks for a privileged intent that is not enabled for the app; use 0 or enable it in the Developer Portal",
        InvalidSeq => "invalid sequence when resuming; identifying anew",
        SessionTimedOut => "session timed out; identifying anew",
        NotAuthenticated => "not authenticated: the session is not valid on the server; identifying anew",
        AlreadyAuthenticated => "already authenticated: the session state is out of step with the server; identifying anew",
        NormalClosure or GoingAway => "session closed normally; identifying anew",
        RateLimited => "rate limited: too many gateway sends; resuming",
        null => "socket dropped without a close frame; resuming",
        _ => "resumable close; resuming",
    };
}
