namespace ModelBot.Host.Tests.Robustness;

/// <summary>One request of a barrage: raw body bytes, how they are labelled and whether they carry a valid signature.</summary>
/// <param name="Kind">The generator that made it (random bytes, truncated, wrong shape…).</param>
/// <param name="Body">The raw body.</param>
/// <param name="ContentType">The Content-Type header, or null for none.</param>
/// <param name="Signed">Sign the body correctly, so it gets past verification and reaches the parsers.</param>
public sealed record FuzzRequest(string Kind, byte[] Body, string? ContentType, bool Sign)
{
    public override string ToString()
    {
        var preview = System.Text.Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 160)));
        return $"{Kind} ({(Sign ? "signed" : "unsigned")}, {Body.Length} bytes, {ContentType ?? "no content type"}): {preview}";
    }
}
