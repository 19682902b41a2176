using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ModelBot.Slack.Security;

namespace ModelBot.Slack.Tests.Support;

/// <summary>Builds requests signed the way Slack signs them.</summary>
internal static class Signing
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static HttpRequestMessage Request(string path, string body, string contentType, DateTimeOffset? at = null, string secret = Secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = Timestamp(at ?? Now);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret, timestamp, bytes));
        return request;
    }

    public static HttpRequestMessage Form(string path, string body, DateTimeOffset? at = null) => Request(path, body, "application/x-www-form-urlencoded", at);

    public static HttpRequestMessage Json(string path, string body, DateTimeOffset? at = null) => Request(path, body, "application/json", at);
}
