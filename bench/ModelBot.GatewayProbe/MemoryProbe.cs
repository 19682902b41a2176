using System.Diagnostics;
using System.Globalization;
using ModelBot.Discord.Tests.Gateway.Fakes;

namespace ModelBot.GatewayProbe;

/// <summary>
/// Memory per shard. The fake gateway and each measured client run in their own child processes, so a
/// measurement holds only the client: a client with one shard, then a fresh one with N; the difference over
/// N − 1 is the cost of a shard (the host's fixed cost cancels out).
/// </summary>
internal static class MemoryProbe
{
    public static async Task<string> RunAsync(int shards)
    {
        using var fake = FakeGatewayProcess.Start();
        var baseUrl = await fake.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("fake gateway did not start");
        try
        {
            var one = await MeasureInChildAsync(baseUrl, shards, "0");
            var all = await MeasureInChildAsync(baseUrl, shards, "all");
            var managed = (all.Managed - one.Managed) / (shards - 1.0) / 1024;
            var workingSet = (all.WorkingSet - one.WorkingSet) / (shards - 1.0) / 1024;
            return $"memory per shard ({shards} shards vs 1, each client in a fresh process): managed heap {managed:F1} KiB, working set {workingSet:F1} KiB " +
                   $"(1 shard: heap {one.Managed / 1024.0 / 1024:F2} MiB, ws {one.WorkingSet / 1024.0 / 1024:F1} MiB; {shards} shards: heap {all.Managed / 1024.0 / 1024:F2} MiB, ws {all.WorkingSet / 1024.0 / 1024:F1} MiB)";
        }
        finally
        {
            fake.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Child mode: run the client, wait for READY on every shard, print "heap workingset".</summary>
    public static async Task<int> MeasureHereAsync(string baseUrl, int shardCount, string shardIds)
    {
        var ids = shardIds == "all" ? null : shardIds;
        var expected = ids is null ? shardCount : ids.Split(',').Length;
        await using var client = await GatewayClientHost.StartAsync(baseUrl, shardCount, ids);
        await GatewayHarness.Within(client.Logs.WaitForCountAsync(5012, expected));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{GC.GetTotalMemory(forceFullCollection: true)} {process.WorkingSet64}"));
        return 0;
    }

    private static async Task<(long Managed, long WorkingSet)> MeasureInChildAsync(string baseUrl, int shardCount, string shardIds)
    {
        using var child = FakeGatewayProcess.Start("client", baseUrl, shardCount.ToString(CultureInfo.InvariantCulture), shardIds);
        var line = await child.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("client probe printed nothing");
        await child.WaitForExitAsync();
        var parts = line.Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
