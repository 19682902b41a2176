using System.Diagnostics;

namespace ModelBot.LoadHarness.Targets;

/// <summary>The bare Kestrel baseline in its own process: this harness's binary run as <c>serve-bare</c>.</summary>
public static class BareHost
{
    /// <summary>Spawns <c>dotnet ModelBot.LoadHarness.dll serve-bare --port N</c> followed by <paramref name="endpointArguments"/>.</summary>
    public static TargetProcess Start(int port, IEnumerable<string> endpointArguments)
    {
        var start = new ProcessStartInfo(RepositoryPaths.Dotnet) { WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(typeof(BareHost).Assembly.Location);
        start.ArgumentList.Add("serve-bare");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var argument in endpointArguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return TargetProcess.Start(start);
    }
}
