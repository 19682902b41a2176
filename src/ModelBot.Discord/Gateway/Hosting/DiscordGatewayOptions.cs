namespace ModelBot.Discord.Gateway.Hosting;

/// <summary>Settings under <c>Discord:Gateway</c>.</summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Discord:Gateway";

    /// <summary>Connect to the Gateway and receive interactions over it.</summary>
    public bool Enabled { get; set; }

    /// <summary>Total shard count; 0 uses the count GET /gateway/bot recommends.</summary>
    public int ShardCount { get; set; }

    /// <summary>Comma-separated shard ids this process runs ("0,1"); empty runs all of them.</summary>
    public string? ShardIds { get; set; }

    /// <summary>Gateway intents; 0 suffices for slash commands.</summary>
    public int Intents { get; set; }

    /// <summary>
    /// Transport compression: <c>none</c> (default) or <c>zlib-stream</c>. ModelBot identifies with intents 0, so
    /// the gateway sends it little besides HELLO, ACKs, READY and interactions: compression saves little there,
    /// costs a 32 KiB zlib window per shard and adds a decoding step that can fail. Turn it on for bots that
    /// receive guild events (GUILDS and similar intents), where READY and GUILD_CREATE are large.
    /// </summary>
    public string Compression { get; set; } = Protocol.GatewayCompressionNames.None;

    /// <summary>Interactions processed at once across all shards of the process.</summary>
    public int MaxConcurrentInteractions { get; set; } = 64;

    /// <summary>On shutdown, how long to wait for in-flight interactions to be acknowledged.</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>RESUMEs in a row that may go unanswered (no RESUMED, no dispatch) before the shard identifies a new session.</summary>
    public int MaxResumeAttempts { get; set; } = Protocol.GatewayLimits.MaxResumeAttemptsInARow;

    /// <summary>How long the WebSocket handshake (TCP, TLS, HTTP upgrade) may take before the attempt is abandoned.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First delay of the reconnect backoff (after the immediate first retry).</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the reconnect backoff.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Bot token, read from <c>Discord:BotToken</c>.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>REST base URL for GET /gateway/bot, read from <c>Discord:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";
}
