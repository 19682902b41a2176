using System.Net.Http.Headers;
using ModelBot.Discord.Security;

namespace ModelBot.LoadHarness.Discord;

/// <summary>A signed interaction body, sent unchanged many times (the signature is still verified every time).</summary>
/// <param name="Body">UTF-8 JSON.</param>
/// <param name="Timestamp">X-Signature-Timestamp.</param>
/// <param name="Signature">X-Signature-Ed25519.</param>
public sealed record SignedInteraction(byte[] Body, string Timestamp, string Signature)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>The POST to <paramref name="url"/>.</summary>
    public HttpRequestMessage ToRequest(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation(SignatureHeaders.Signature, Signature);
        request.Headers.TryAddWithoutValidation(SignatureHeaders.Timestamp, Timestamp);
        return request;
    }
}
