using System.Diagnostics;
using ModelBot.Discord.Tests.Gateway.Fakes;

namespace ModelBot.GatewayProbe;

/// <summary>Drops the socket N times and measures drop → RESUME received by the gateway → RESUMED handled by the client.</summary>
internal static class ReconnectProbe
{
    public static async Task<string> RunAsync(int drops)
    {
        await using var harness = await GatewayHarness.StartAsync(TimeProvider.System);
        var connection = await harness.ReadyAsync();
        var toResume = new List<double>();
        var toResumed = new List<double>();
        for (var drop = 1; drop <= drops; drop++)
        {
            var next = harness.Gateway.ConnectionAsync(drop);
            var resumedLogged = harness.Logs.WaitForCountAsync(5013, drop);
            var started = Stopwatch.GetTimestamp();
            connection.Abort();
            connection = await GatewayHarness.Within(next);
            await GatewayHarness.Within(connection.WaitForAsync(6));
            toResume.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await GatewayHarness.Within(resumedLogged);
            toResumed.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return $"reconnect after drop ({drops} drops, loopback): RESUME sent median {Median(toResume):F2} ms (p90 {Percentile(toResume, 0.9):F2}), " +
               $"RESUMED handled median {Median(toResumed):F2} ms (p90 {Percentile(toResumed, 0.9):F2})";
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }
}
