using System.Diagnostics;
using ModelBot.Discord.Tests.Gateway.Fakes;

namespace ModelBot.GatewayProbe;

/// <summary>Starts the probe itself as a child process: the fake gateway (prints its base URL first) or a measured client.</summary>
internal static class FakeGatewayProcess
{
    public static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath!);
        if (host.Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
        }

        foreach (var argument in arguments.Length == 0 ? ["fake"] : arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the fake gateway process");
    }

    public static async Task<int> ServeAsync()
    {
        await using var gateway = await FakeDiscordGateway.StartAsync(TimeProvider.System);
        gateway.RecommendedShards = 1;
        Console.WriteLine(gateway.BaseUrl);
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
