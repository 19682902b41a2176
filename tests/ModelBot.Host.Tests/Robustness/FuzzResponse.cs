using System.Net;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>What the host answered to one fuzzed request.</summary>
/// <param name="Route">The route pattern it was sent to.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The response's Content-Type, or null.</param>
/// <param name="Body">The response body.</param>
/// <param name="Description">What was sent (for failure messages).</param>
public sealed record FuzzResponse(string Route, HttpStatusCode Status, string? ContentType, byte[] Body, string Description)
{
    public int Code => (int)Status;

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public override string ToString() =>
        $"{Route} ← {Description}: {Code} {ContentType} {(BodyText.Length > 300 ? BodyText[..300] + "…" : BodyText)}";
}
