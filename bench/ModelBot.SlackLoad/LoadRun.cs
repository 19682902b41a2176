using System.Diagnostics;
using System.Globalization;
using System.Text;
using ModelBot.Slack.Security;

namespace ModelBot.SlackLoad;

/// <summary>Signed POST /slack/commands at a fixed concurrency for a fixed time; requests/s and latency percentiles.</summary>
internal static class LoadRun
{
    private const string Body = "token=x&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=test&user_id=U2147483697&user_name=steve&command=%2Fcompare&text=muse-spark+gpt-5.4&api_app_id=A1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1.2.3";

    public sealed record Result(string Name, long Requests, long Failures, double Seconds, double P50Ms, double P99Ms)
    {
        public double RequestsPerSecond => Requests / Seconds;
    }

    public static async Task<Result> RunAsync(string name, string baseUrl, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false }) { BaseAddress = new Uri(baseUrl) };
        var body = Encoding.UTF8.GetBytes(Body);
        await Phase(http, body, concurrency, warmup, record: null);
        var latencies = new List<double>[concurrency];
        var failures = new long[1];
        var clock = Stopwatch.StartNew();
        await Phase(http, body, concurrency, duration, latencies, failures);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(name, all.Length, failures[0], seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static Task Phase(HttpClient http, byte[] body, int concurrency, TimeSpan duration, List<double>[]? record, long[]? failures = null)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>(100_000);
            if (record is not null)
            {
                record[worker] = mine;
            }
            while (Stopwatch.GetTimestamp() < end)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
                request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
                request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(Targets.Secret, timestamp, body));
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                if (record is not null)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures![0]);
                    }
                }
            }
        })));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
