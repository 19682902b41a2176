using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Slack;

/// <summary>
/// Signed <c>/compare</c> slash commands, one form body per model pair, as Slack POSTs them. Each request is signed
/// with the current time (Slack's verifiers reject timestamps more than five minutes old), so runs of any length work.
/// </summary>
public sealed class SlackCompareRequests : IRequestFactory
{
    /// <summary>The slash-command endpoint.</summary>
    public const string Path = "/slack/commands";

    /// <summary>Slack's signature header.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>Slack's timestamp header.</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private static readonly MediaTypeHeaderValue Form = new("application/x-www-form-urlencoded");
    private readonly IReadOnlyList<byte[]> _bodies;
    private readonly SlackSigner _signer;
    private readonly TimeProvider _time;

    /// <summary>One form body per pair, signed by <paramref name="signer"/> at <paramref name="time"/>'s now on every request.</summary>
    public SlackCompareRequests(IReadOnlyList<(string First, string Second)> pairs, SlackSigner signer, TimeProvider time)
    {
        _bodies = [.. pairs.Select((pair, i) => Encoding.UTF8.GetBytes(FormBody(i, pair.First, pair.Second)))];
        _signer = signer;
        _time = time;
    }

    /// <inheritdoc />
    public string Route => Path;

    /// <inheritdoc />
    public HttpRequestMessage Create(Uri baseAddress, int index)
    {
        var body = _bodies[index % _bodies.Count];
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, Path)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Form;
        request.Headers.TryAddWithoutValidation(TimestampHeader, timestamp);
        request.Headers.TryAddWithoutValidation(SignatureHeader, _signer.Sign(timestamp, body));
        return request;
    }

    /// <inheritdoc />
    public IRawRequests Prepare(Uri baseAddress) => new SlackRawRequests(
        seconds =>
        {
            var timestamp = seconds.ToString(CultureInfo.InvariantCulture);
            return [.. _bodies.Select(body => (ReadOnlyMemory<byte>)RawRequest.Post(
                baseAddress, Path, Form.MediaType!, [(TimestampHeader, timestamp), (SignatureHeader, _signer.Sign(timestamp, body))], body))];
        },
        _time);

    /// <summary>
    /// The form Slack sends for <c>/compare first second</c>. <c>response_url</c> points at a closed loopback port, so
    /// an answer that misses the 3-second window can never leave the machine.
    /// </summary>
    public static string FormBody(int sequence, string first, string second)
    {
        var fields = new (string Name, string Value)[]
        {
            ("token", "gIkuvaNzQIHg97ATvDxqgjtO"),
            ("team_id", "T0001"),
            ("team_domain", "example"),
            ("channel_id", "C2147483705"),
            ("channel_name", "benchmarks"),
            ("user_id", "U2147483697"),
            ("user_name", "load"),
            ("command", "/compare"),
            ("text", $"{first} {second}"),
            ("api_app_id", "A0123456789"),
            ("is_enterprise_install", "false"),
            ("response_url", $"http://127.0.0.1:9/commands/T0001/{sequence}/load"),
            ("trigger_id", $"13345224609.738474920.{sequence.ToString(CultureInfo.InvariantCulture)}"),
        };
        return string.Join('&', fields.Select(field => $"{field.Name}={WebUtility.UrlEncode(field.Value)}"));
    }
}
