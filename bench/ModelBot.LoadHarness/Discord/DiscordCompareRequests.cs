using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Discord;

/// <summary>
/// Signed APPLICATION_COMMAND <c>/compare</c> interactions, one per model pair, as Discord POSTs them. Each body is
/// signed once; the server still verifies the signature on every request.
/// </summary>
public sealed class DiscordCompareRequests : IRequestFactory
{
    /// <summary>The interactions endpoint.</summary>
    public const string Path = "/discord/interactions";

    /// <summary>Discord's signature header.</summary>
    public const string SignatureHeader = "X-Signature-Ed25519";

    /// <summary>Discord's timestamp header.</summary>
    public const string TimestampHeader = "X-Signature-Timestamp";

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly IReadOnlyList<Signed> _bodies;

    /// <summary>Signs one interaction per pair with <paramref name="signer"/> at <paramref name="now"/>.</summary>
    public DiscordCompareRequests(IReadOnlyList<(string First, string Second)> pairs, DiscordSigner signer, string applicationId, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _bodies = [.. pairs.Select((pair, i) =>
        {
            var body = Encoding.UTF8.GetBytes(Interaction(i, applicationId, pair.First, pair.Second));
            return new Signed(body, timestamp, signer.Sign(timestamp, body));
        })];
    }

    /// <inheritdoc />
    public string Route => Path;

    /// <inheritdoc />
    public HttpRequestMessage Create(Uri baseAddress, int index)
    {
        var signed = _bodies[index % _bodies.Count];
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, Path)) { Content = new ByteArrayContent(signed.Body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation(SignatureHeader, signed.Signature);
        request.Headers.TryAddWithoutValidation(TimestampHeader, signed.Timestamp);
        return request;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Built once for the whole run: neither ModelBot, the bare endpoint nor discord-interactions checks the
    /// timestamp's age (Discord's docs ask only for the signature), so the signatures made at start stay valid.
    /// </remarks>
    public IRawRequests Prepare(Uri baseAddress) => new Prebuilt([.. _bodies.Select(signed =>
        (ReadOnlyMemory<byte>)RawRequest.Post(baseAddress, Path, Json.MediaType!, [(SignatureHeader, signed.Signature), (TimestampHeader, signed.Timestamp)], signed.Body))]);

    /// <summary>The interaction JSON Discord sends for <c>/compare first second</c> typed in a guild channel.</summary>
    public static string Interaction(int sequence, string applicationId, string first, string second)
    {
        var id = (1180000000000001000L + sequence).ToString(CultureInfo.InvariantCulture);
        return $$$"""{"id":"{{{id}}}","application_id":"{{{applicationId}}}","type":2,"guild_id":"1180000000000000002","channel_id":"1180000000000000003","member":{"user":{"id":"1180000000000000004","username":"load"},"roles":[],"permissions":"0"},"token":"bG9hZC10b2tlbi0{{{sequence}}}","version":1,"locale":"en-US","data":{"id":"1180000000000000020","name":"compare","type":1,"options":[{"name":"model1","type":3,"value":"{{{first}}}"},{"name":"model2","type":3,"value":"{{{second}}}"}]}}""";
    }

    private sealed class Prebuilt(ReadOnlyMemory<byte>[] requests) : IRawRequests
    {
        public ReadOnlyMemory<byte> Get(int index) => requests[index % requests.Length];
    }

    private sealed record Signed(byte[] Body, string Timestamp, string Signature);
}
