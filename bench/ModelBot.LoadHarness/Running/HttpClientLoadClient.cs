namespace ModelBot.LoadHarness.Running;

/// <summary>The <see cref="HttpClient"/> load client (<c>--client httpclient</c>): <see cref="LoadRunner"/> over one client per target.</summary>
public sealed class HttpClientLoadClient : ILoadClient
{
    private readonly HttpClient _client;
    private readonly Uri _target;
    private readonly int _concurrency;

    /// <summary>A client for <paramref name="target"/> with <paramref name="concurrency"/> workers and pooled connections.</summary>
    public HttpClientLoadClient(Uri target, int concurrency)
    {
        _client = LoadRunner.CreateClient(concurrency);
        _target = target;
        _concurrency = concurrency;
    }

    /// <inheritdoc />
    public Task<RunResult> RunAsync(IRequestFactory requests, int count, TimeSpan limit, CancellationToken cancellationToken) =>
        LoadRunner.RunAsync(_client, requests, _target, count, _concurrency, limit, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
