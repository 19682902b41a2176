using System.Globalization;
using ModelBot.SlackLoad;

// Slack load test on loopback: signed POST /slack/commands at concurrency 32 against ModelBot's Slack adapter,
// a bare Kestrel endpoint (read body, check HMAC, fixed reply) and a minimal @slack/bolt app, in one run.
// Usage: dotnet run -c Release --project bench/ModelBot.SlackLoad [-- seconds=10 concurrency=32]
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var seconds = int.Parse(settings.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(settings.GetValueOrDefault("concurrency", "32"), CultureInfo.InvariantCulture);
var root = FindRoot();

var (modelBot, modelBotUrl) = await Targets.ModelBotAsync();
var (bare, bareUrl) = await Targets.BareAsync();
var (bolt, boltUrl) = await Targets.BoltAsync(root);
try
{
    var results = new List<LoadRun.Result>();
    foreach (var (name, url) in new[] { ("bare Kestrel", bareUrl), ("ModelBot", modelBotUrl), ("Bolt (Node)", boltUrl) })
    {
        results.Add(await LoadRun.RunAsync(name, url, concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(seconds)));
    }
    var bareResult = results[0];
    var boltResult = results[2];
    var mine = results[1];
    Console.WriteLine($"Signed POST /slack/commands, concurrency {concurrency}, {seconds} s each, {Environment.ProcessorCount} cores");
    Console.WriteLine($"{"target",-14} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"failed",7}");
    foreach (var r in results)
    {
        Console.WriteLine($"{r.Name,-14} {r.RequestsPerSecond,10:F0} {r.P50Ms,8:F2} {r.P99Ms,8:F2} {r.Failures,7}");
    }
    Console.WriteLine($"ModelBot / bare throughput {mine.RequestsPerSecond / bareResult.RequestsPerSecond:P0} (target ≥ 80%), p99 ratio {mine.P99Ms / bareResult.P99Ms:F2} (target ≤ 1.5), ModelBot / Bolt {mine.RequestsPerSecond / boltResult.RequestsPerSecond:F1}× (target ≥ 4.5×)");
}
finally
{
    bolt.Kill(entireProcessTree: true);
    await modelBot.StopAsync();
    await bare.StopAsync();
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "ModelBot.sln")))
        {
            return directory.FullName;
        }
    }
    throw new InvalidOperationException("ModelBot.sln not found");
}
