using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Logging;
using ModelBot.Slack.Options;
using ModelBot.Slack.Telemetry;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.WebApi;

/// <summary>
/// Slack's Web API over a typed <see cref="HttpClient"/> (IHttpClientFactory): Bearer tokens, JSON bodies,
/// <c>ok: false</c> turned into a <see cref="SlackApiError"/>, 429 retried after <c>Retry-After</c> (bounded).
/// </summary>
public sealed class SlackApiClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    /// <summary>The name of the <see cref="IHttpClientFactory"/> client (base address <see cref="SlackOptions.ApiBaseUrl"/>).</summary>
    public const string HttpClientName = "slack";

    private readonly IHttpClientFactory _http;
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackApiClient> _logger;
    private readonly SlackMetrics _metrics;

    /// <summary>Creates the client on the factory's <see cref="HttpClientName"/> client.</summary>
    public SlackApiClient(IHttpClientFactory http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger, SlackMetrics? metrics = null)
    {
        _metrics = metrics ?? new SlackMetrics();
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary><c>chat.postMessage</c> with the bot token.</summary>
    public Task<SlackApiResult<ChatPostMessageResponse>> PostMessageAsync(ChatPostMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync(SlackApiMethods.ChatPostMessage, _options.BotToken, request, SlackApiJsonContext.Wire.ChatPostMessageRequest, SlackApiJsonContext.Wire.ChatPostMessageResponse, cancellationToken);

    /// <summary><c>chat.postEphemeral</c> with the bot token.</summary>
    public Task<SlackApiResult<ChatPostEphemeralResponse>> PostEphemeralAsync(ChatPostEphemeralRequest request, CancellationToken cancellationToken) =>
        CallAsync(SlackApiMethods.ChatPostEphemeral, _options.BotToken, request, SlackApiJsonContext.Wire.ChatPostEphemeralRequest, SlackApiJsonContext.Wire.ChatPostEphemeralResponse, cancellationToken);

    /// <summary><c>auth.test</c> with the bot token: the bot's own user id.</summary>
    public Task<SlackApiResult<AuthTestResponse>> AuthTestAsync(CancellationToken cancellationToken) =>
        CallAsync<object, AuthTestResponse>(SlackApiMethods.AuthTest, _options.BotToken, null, null, SlackApiJsonContext.Wire.AuthTestResponse, cancellationToken);

    /// <summary><c>apps.connections.open</c> with the app-level token: a Socket Mode URL.</summary>
    public Task<SlackApiResult<ConnectionsOpenResponse>> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync<object, ConnectionsOpenResponse>(SlackApiMethods.AppsConnectionsOpen, _options.AppToken, null, null, SlackApiJsonContext.Wire.ConnectionsOpenResponse, cancellationToken);

    /// <summary>Posts <paramref name="message"/> to a slash command's or interaction's <c>response_url</c> (no token needed).</summary>
    public async Task<SlackApiResult<SlackApiResponse>> PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        if (!IsSlackResponseUrl(responseUrl))
        {
            // A signed request may still carry any URL: never post an answer (or follow a redirect) off Slack.
            SlackLog.ResponseUrlRefused(_logger, responseUrl.Scheme, responseUrl.Host);
            return Failed(SlackApiMethods.ResponseUrl, SlackApiErrorCodes.InvalidResponseUrl, 0);
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(message, SlackApiJsonContext.Wire.SlackMessage);
        var sent = await SendAsync(SlackApiMethods.ResponseUrl, () => NewRequest(responseUrl, token: null, body), cancellationToken);
        if (!sent.IsOk)
        {
            return new SlackApiResult<SlackApiResponse>(sent.Error);
        }
        using var response = sent.Value;
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var parsed = TryParse(text, SlackApiJsonContext.Wire.SlackApiResponse);
        if (!response.IsSuccessStatusCode)
        {
            return Failed(SlackApiMethods.ResponseUrl, parsed?.Error ?? SlackApiErrorCodes.Http(status), status);
        }
        // response_url answers "ok" as text or {"ok":true}; only an explicit ok:false is a failure.
        return parsed is { Ok: false, Error: { } error }
            ? Failed(SlackApiMethods.ResponseUrl, error, status)
            : new SlackApiResult<SlackApiResponse>(parsed ?? new SlackApiResponse { Ok = true });
    }

    /// <summary>
    /// Whether <paramref name="url"/> is where Slack issues response URLs: https on <c>hooks.slack.com</c> (or
    /// <c>hooks.slack-gov.com</c>), or the origin of <see cref="SlackOptions.ApiBaseUrl"/> when that points elsewhere
    /// (a fake Slack on loopback, a proxy).
    /// </summary>
    public bool IsSlackResponseUrl(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return false;
        }
        if (url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort && SlackResponseUrlHosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        return Uri.TryCreate(_options.ApiBaseUrl, UriKind.Absolute, out var api)
            && !string.Equals(api.Host, "slack.com", StringComparison.OrdinalIgnoreCase)
            && Uri.Compare(api, url, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The hosts Slack issues response URLs on.</summary>
    public static readonly IReadOnlyList<string> SlackResponseUrlHosts = ["hooks.slack.com", "hooks.slack-gov.com"];

    private async Task<SlackApiResult<TResponse>> CallAsync<TRequest, TResponse>(
        string method,
        string? token,
        TRequest? request,
        JsonTypeInfo<TRequest>? requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : SlackApiResponse
    {
        if (string.IsNullOrEmpty(token))
        {
            return Failed<TResponse>(method, SlackApiErrorCodes.NotAuthed, 0);
        }
        var body = request is null || requestType is null ? null : JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var sent = await SendAsync(method, () => NewRequest(new Uri(method, UriKind.Relative), token, body), cancellationToken);
        if (!sent.IsOk)
        {
            return new SlackApiResult<TResponse>(sent.Error);
        }
        using var response = sent.Value;
        var status = (int)response.StatusCode;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var parsed = TryParse(bytes, responseType);
        if (parsed is null)
        {
            return Failed<TResponse>(method, response.IsSuccessStatusCode ? SlackApiErrorCodes.InvalidResponse : SlackApiErrorCodes.Http(status), status);
        }
        if (!parsed.Ok)
        {
            SlackLog.ApiCallFailed(_logger, method, parsed.Error ?? "unknown_error", status);
            return Failed<TResponse>(method, parsed.Error ?? SlackApiErrorCodes.Http(status), status);
        }
        return new SlackApiResult<TResponse>(parsed);
    }

    private async Task<SlackApiResult<HttpResponseMessage>> SendAsync(string method, Func<HttpRequestMessage> newRequest, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = newRequest();
                response = await _http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                SlackLog.ApiUnreachable(_logger, method, exception.Message);
                return new SlackApiResult<HttpResponseMessage>(new SlackApiError(SlackApiErrorCodes.NetworkError, method, 0));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpClient.Timeout throws TaskCanceledException: an unanswered call is a failure, not a shutdown.
                SlackLog.ApiUnreachable(_logger, method, "no answer before the HTTP timeout");
                return new SlackApiResult<HttpResponseMessage>(new SlackApiError(SlackApiErrorCodes.NetworkError, method, 0));
            }
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return new SlackApiResult<HttpResponseMessage>(response);
            }
            var retryAfter = RetryAfter(response);
            response.Dispose();
            var givingUp = attempt >= _options.MaxRateLimitRetries || retryAfter > _options.MaxRetryAfter;
            _metrics.RateLimited(method, retried: !givingUp);
            if (givingUp)
            {
                SlackLog.RateLimitGaveUp(_logger, method, retryAfter.TotalSeconds, attempt);
                return new SlackApiResult<HttpResponseMessage>(new SlackApiError(SlackApiErrorCodes.RateLimited, method, 429));
            }
            SlackLog.RateLimited(_logger, method, retryAfter.TotalSeconds);
            await Task.Delay(retryAfter, _time, cancellationToken);
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        // Slack sends whole seconds; without a usable header wait one second.
        return TimeSpan.FromSeconds(1);
    }

    private static HttpRequestMessage NewRequest(Uri uri, string? token, byte[]? body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var content = new ByteArrayContent(body ?? []);
        content.Headers.ContentType = JsonContentType;
        request.Content = content;
        return request;
    }

    private static T? TryParse<T>(byte[] bytes, JsonTypeInfo<T> type)
        where T : class
    {
        if (bytes.Length == 0 || bytes[0] != (byte)'{')
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static SlackApiResult<T> Failed<T>(string method, string code, int status)
        where T : class => new(new SlackApiError(code, method, status));

    private static SlackApiResult<SlackApiResponse> Failed(string method, string code, int status) => Failed<SlackApiResponse>(method, code, status);
}
