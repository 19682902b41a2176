using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;
using ModelBot.Discord.Telemetry;

namespace ModelBot.Discord.Rest;

/// <summary>
/// Discord's REST API over <see cref="IHttpClientFactory"/>: bot authorization, the DiscordBot user agent, per-bucket
/// rate limits, 429 handling (retry_after, global) with bounded retries, bounded retries of 502–504 for idempotent
/// calls, and no retry of any other 4xx. Expected failures come back as values, never as exceptions.
/// </summary>
public sealed class DiscordRestClient
{
    /// <summary>The named <see cref="HttpClient"/>.</summary>
    public const string HttpClientName = "ModelBot.Discord.Rest";

    private static readonly string Version = typeof(DiscordRestClient).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly IHttpClientFactory _httpClients;
    private readonly DiscordOptions _options;
    private readonly RestRateLimiter _limiter;
    private readonly InvalidRequestCounter _invalid;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly string _baseUrl;
    private readonly string _userAgent;
    private readonly DiscordMetrics _metrics;

    /// <summary>Creates the client.</summary>
    public DiscordRestClient(
        IHttpClientFactory httpClients,
        IOptions<DiscordOptions> options,
        RestRateLimiter limiter,
        InvalidRequestCounter invalid,
        TimeProvider time,
        ILogger<DiscordRestClient> logger,
        DiscordMetrics? metrics = null)
    {
        _metrics = metrics ?? new DiscordMetrics();
        _httpClients = httpClients;
        _options = options.Value;
        _limiter = limiter;
        _invalid = invalid;
        _time = time;
        _logger = logger;
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/');
        _userAgent = $"DiscordBot ({_options.UserAgentUrl}, {Version})";
    }

    /// <summary>The User-Agent header value sent with every request.</summary>
    public string UserAgent => _userAgent;

    /// <summary>Sends <paramref name="request"/>, waiting for rate limits and retrying 429 (and 502–504 when idempotent) a bounded number of times.</summary>
    public async Task<DiscordRestResponse> SendAsync(DiscordRestRequest request, CancellationToken cancellationToken)
    {
        var client = _httpClients.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            if (await _invalid.IsExhaustedAsync(cancellationToken))
            {
                DiscordLog.InvalidRequestCeiling(_logger, request.Method.Method, request.LogPath, InvalidRequestCounter.Ceiling);
                return DiscordRestResponse.NotSent($"Not sent: {InvalidRequestCounter.Ceiling} invalid requests in 10 minutes (Discord bans at {InvalidRequestCounter.DiscordLimit}).");
            }
            await _limiter.AcquireAsync(request, cancellationToken);

            using var message = CreateMessage(request);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                DiscordLog.RestSendFailed(_logger, request.Method.Method, request.LogPath, exception.Message);
                return DiscordRestResponse.NotSent($"{request.Method} {request.LogPath} could not be sent: {exception.Message}");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpClient.Timeout throws TaskCanceledException: an unanswered request is a failure, not a shutdown.
                var timeout = client.Timeout;
                DiscordLog.RestSendFailed(_logger, request.Method.Method, request.LogPath, $"no answer within {timeout}");
                return DiscordRestResponse.NotSent($"{request.Method} {request.LogPath} timed out: no answer within {timeout}.");
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                _limiter.Update(request, response.Headers);
                if (InvalidRequestCounter.Counts(status, Header(response, RateLimitHeaders.Scope)))
                {
                    var count = await _invalid.RecordAsync(cancellationToken);
                    DiscordLog.InvalidRequest(_logger, request.Method.Method, request.LogPath, status, count);
                }

                if (status == 429)
                {
                    var (retryAfter, global) = ReadRateLimit(response, body);
                    _limiter.OnRateLimited(request, retryAfter, global);
                    await _limiter.ShareRateLimitAsync(request, retryAfter, global, cancellationToken);
                    _metrics.RateLimited(request, global);
                    if (attempt >= _options.MaxRestRetries)
                    {
                        return new DiscordRestResponse(status, body, $"Rate limited on {request.Method} {request.LogPath} after {attempt + 1} attempts.");
                    }
                    DiscordLog.RateLimited(_logger, request.Method.Method, request.LogPath, retryAfter, global, attempt + 1);
                    _metrics.Retry(request, "429");
                    continue;
                }
                if (status is 502 or 503 or 504 && request.IsIdempotent && attempt < _options.MaxRestRetries)
                {
                    var delay = TimeSpan.FromSeconds(attempt + 1);
                    DiscordLog.Unavailable(_logger, request.Method.Method, request.LogPath, status, delay);
                    _metrics.Retry(request, "unavailable");
                    await Task.Delay(delay, _time, cancellationToken);
                    continue;
                }
                return new DiscordRestResponse(status, body, status is >= 200 and < 300 ? null : Describe(request, status, body));
            }
        }
    }

    private HttpRequestMessage CreateMessage(DiscordRestRequest request)
    {
        var message = new HttpRequestMessage(request.Method, _baseUrl + request.Path);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (request.UseBotToken && _options.BotToken.Length > 0)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bot " + _options.BotToken.Trim());
        }
        if (!request.JsonBody.IsEmpty)
        {
            message.Content = new ReadOnlyMemoryContent(request.JsonBody) { Headers = { ContentType = Json } };
        }
        return message;
    }

    private static (TimeSpan RetryAfter, bool Global) ReadRateLimit(HttpResponseMessage response, byte[] body)
    {
        var global = Header(response, RateLimitHeaders.Global) is { } flag && !flag.Equals("false", StringComparison.OrdinalIgnoreCase);
        TimeSpan retryAfter = TimeSpan.Zero;
        var fromBody = false;
        try
        {
            if (body.Length > 0 && JsonSerializer.Deserialize(body, RestJsonContext.Default.RateLimitedBody) is { } parsed)
            {
                retryAfter = TimeSpan.FromSeconds(Math.Clamp(parsed.RetryAfter, 0, 3600));
                global |= parsed.Global;
                fromBody = true;
            }
        }
        catch (JsonException)
        {
            fromBody = false;
        }
        if (!fromBody && !RestRateLimiter.TrySeconds(Header(response, RateLimitHeaders.RetryAfter), out retryAfter))
        {
            retryAfter = TimeSpan.FromSeconds(1);
        }
        return (retryAfter, global);
    }

    private static string Describe(DiscordRestRequest request, int status, byte[] body)
    {
        try
        {
            if (body.Length > 0 && JsonSerializer.Deserialize(body, RestJsonContext.Default.DiscordErrorBody) is { Message: not null } error)
            {
                return $"{request.Method} {request.LogPath} answered {status}: {error.Message} (code {error.Code}).";
            }
        }
        catch (JsonException)
        {
            // Not JSON: the raw text below says more.
        }
        var text = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)));
        return $"{request.Method} {request.LogPath} answered {status}: {text}";
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
