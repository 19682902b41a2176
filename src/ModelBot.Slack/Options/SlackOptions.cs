namespace ModelBot.Slack.Options;

/// <summary>Slack adapter settings, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Slack";

    /// <summary>Slack's Web API base address.</summary>
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>The app's signing secret (Basic Information → App Credentials); verifies every HTTP request.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token, <c>xoxb-…</c> (OAuth &amp; Permissions).</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token, <c>xapp-…</c> with <c>connections:write</c>; needed for Socket Mode only.</summary>
    public string? AppToken { get; set; }

    /// <summary>Web API base address; tests point it at a fake server on loopback.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>A prefix for slash command names where names clash, e.g. <c>mb-</c> gives <c>/mb-compare</c>. Empty for none.</summary>
    public string CommandPrefix { get; set; } = "";

    /// <summary>How answers are posted: <c>in_channel</c> (default) or <c>ephemeral</c>. Errors are always ephemeral.</summary>
    public string ResponseType { get; set; } = "in_channel";

    /// <summary>How long a slash command may compute before it is acknowledged and answered through <c>response_url</c>.</summary>
    public TimeSpan AnswerBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many Events API callbacks may wait for a worker before new ones are refused (Slack retries them).</summary>
    public int EventQueueCapacity { get; set; } = 1024;

    /// <summary>How long an <c>event_id</c> is remembered to drop Slack's retries.</summary>
    public TimeSpan EventDeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How many times a Web API call rate-limited with 429 is retried after <c>Retry-After</c>.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>The longest <c>Retry-After</c> honoured; a longer one fails the call with <c>ratelimited</c>.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Socket Mode settings.</summary>
    public SlackSocketModeOptions SocketMode { get; set; } = new();
}
