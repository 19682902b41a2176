using System.Diagnostics;
using System.Globalization;
using System.Net;
using ModelBot.LoadHarness.Cli;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Scenarios;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Soak;

/// <summary>
/// <c>soak</c>: the ModelBot host under a steady, open-loop mix of Discord and Slack /compare requests for a fixed time,
/// sampling its RSS (/proc) and /healthz every few seconds.
/// </summary>
public static class SoakRunner
{
    /// <summary>Runs the soak and prints its report on <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(SoakOptions options, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        using var credentials = new HarnessCredentials();
        var pairs = ModelPairs.Load(RepositoryPaths.Data);
        IRequestFactory[] mix = [.. PlatformScenarios.Create(pairs, credentials, TimeProvider.System).Select(scenario => scenario.Requests)];

        var port = LoopbackPort.Next();
        await using var sink = await PlatformApiSink.StartAsync();
        await using var host = ModelBotHost.Start(options.HostPath ?? RepositoryPaths.DefaultHost, port, credentials, sink);
        var address = LoopbackPort.Address(port);
        var (startup, _) = await StartupProbe.WaitAsync(host, mix[0], address, TimeSpan.FromSeconds(90), cancellationToken);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"soak: host answered {startup.TotalMilliseconds:N0} ms after spawn (pid {host.Id}); warming up …"));

        using var client = LoadRunner.CreateClient(options.Concurrency);
        foreach (var requests in mix)
        {
            await LoadRunner.RunAsync(client, requests, address, options.Warmup / mix.Length, options.Concurrency, TimeSpan.FromSeconds(30), cancellationToken);
        }

        await log.WriteLineAsync($"soak: {DurationText.Format(options.Duration)} at {options.Rate} req/s …");
        var buckets = new SoakBuckets(options.Duration, options.Buckets);
        var samples = new List<SoakSample>();
        var started = Stopwatch.GetTimestamp();
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync(host, client, address, started, options.SampleInterval, samples, log, stopSampling.Token);
        await DriveAsync(client, mix, address, options, buckets, started, cancellationToken);
        await stopSampling.CancelAsync();
        await sampler;
        samples.Add(await SampleOnceAsync(host, client, address, started, cancellationToken));

        var result = new SoakResult(options.Duration, options.Rate, options.Concurrency, startup, buckets.ToList(), samples, host.ReadMemory()?.PeakRssBytes);
        await output.WriteLineAsync(SoakReport.Format(result));
        return 0;
    }

    // Open loop: request n is due at n / rate seconds. When `concurrency` requests are in flight the next one waits,
    // so a host that falls behind sees a lower rate instead of an ever-growing queue (the report shows the real rate).
    private static async Task DriveAsync(HttpClient client, IRequestFactory[] mix, Uri address, SoakOptions options, SoakBuckets buckets, long started, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(options.Concurrency);
        var inFlight = new List<Task>();
        for (var n = 0L; ; n++)
        {
            var due = TimeSpan.FromSeconds(n / (double)options.Rate);
            if (due >= options.Duration)
            {
                break;
            }
            var wait = due - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }
            await slots.WaitAsync(cancellationToken);
            var requests = mix[n % mix.Length];
            var index = (int)(n / mix.Length % int.MaxValue);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    var begin = Stopwatch.GetTimestamp();
                    using var request = requests.Create(address, index);
                    var answered = await ReplyCheck.SendAsync(client, request, cancellationToken);
                    buckets.Add(Stopwatch.GetElapsedTime(started, begin), Stopwatch.GetElapsedTime(begin), answered);
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None));
            if (inFlight.Count > 4096)
            {
                inFlight.RemoveAll(task => task.IsCompleted);
            }
        }
        await Task.WhenAll(inFlight);
    }

    private static async Task SampleAsync(TargetProcess host, HttpClient client, Uri address, long started, TimeSpan interval, List<SoakSample> samples, TextWriter log, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                var sample = await SampleOnceAsync(host, client, address, started, cancellationToken);
                samples.Add(sample);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"soak: {sample.At.TotalSeconds:0} s, RSS {sample.RssBytes / 1048576.0:N1} MiB, healthz {(sample.Healthy ? "ok" : "NOT ok")}"));
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The soak is over.
        }
    }

    private static async Task<SoakSample> SampleOnceAsync(TargetProcess host, HttpClient client, Uri address, long started, CancellationToken cancellationToken)
    {
        var healthy = false;
        try
        {
            using var response = await client.GetAsync(new Uri(address, "/healthz"), cancellationToken);
            healthy = response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
        }
        return new SoakSample(Stopwatch.GetElapsedTime(started), host.ReadMemory()?.RssBytes ?? 0, healthy);
    }
}
