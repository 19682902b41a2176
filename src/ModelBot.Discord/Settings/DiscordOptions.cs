namespace ModelBot.Discord.Settings;

/// <summary>Settings of the Discord adapter, bound from the <c>Discord</c> section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Discord";

    /// <summary>Discord's REST API, version 10.</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The application's id (a snowflake), from the Developer Portal's General Information page.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>The application's Ed25519 public key as 64 hex characters, from the General Information page.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The bot token (Bot page); needed to register commands, not to answer HTTP interactions.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>A guild (server) id: commands are registered there (immediately) instead of globally.</summary>
    public string GuildId { get; set; } = "";

    /// <summary>REST base URL; tests point it at a fake server on loopback.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How long an interaction may take before it is deferred (callback type 5 or 6, then an edit of @original).</summary>
    public int DeferAfterMilliseconds { get; set; } = 2000;

    /// <summary>
    /// How old (since its id's timestamp) an interaction from the gateway may be when its turn comes; an older one is
    /// dropped unanswered, since Discord refuses a first response after 3 seconds (10062).
    /// </summary>
    public int InteractionResponseWindowMilliseconds { get; set; } = 3000;

    /// <summary>Register the command catalog when the host starts (only sends a PUT when it changed).</summary>
    public bool RegisterOnStart { get; set; }

    /// <summary>The largest interaction body accepted, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The project URL in the <c>User-Agent: DiscordBot (url, version)</c> header.</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/modelbot/modelbot";

    /// <summary>How many times a rate-limited (429) or unavailable (502–504) REST request is retried.</summary>
    public int MaxRestRetries { get; set; } = 3;

    /// <summary>The defer budget as a span.</summary>
    public TimeSpan DeferAfter => TimeSpan.FromMilliseconds(DeferAfterMilliseconds);

    /// <summary>The guild id, or null when commands are global.</summary>
    public string? Guild => string.IsNullOrWhiteSpace(GuildId) ? null : GuildId.Trim();
}
