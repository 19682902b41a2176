namespace ModelBot.LoadHarness.Running;

/// <summary>Makes the load client chosen with <c>--client</c>.</summary>
public static class LoadClients
{
    /// <summary>A <paramref name="kind"/> client for <paramref name="target"/> with <paramref name="concurrency"/> workers.</summary>
    public static ILoadClient Create(LoadClientKind kind, Uri target, int concurrency) => kind switch
    {
        LoadClientKind.Raw => new RawLoadClient(target, concurrency),
        LoadClientKind.HttpClient => new HttpClientLoadClient(target, concurrency),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a <c>--client</c> value: <c>raw</c> or <c>httpclient</c>.</summary>
    public static LoadClientKind Parse(string text) => text.ToLowerInvariant() switch
    {
        "raw" => LoadClientKind.Raw,
        "httpclient" => LoadClientKind.HttpClient,
        _ => throw new ArgumentException($"--client must be raw or httpclient (got {text})"),
    };
}
