using System.Diagnostics;

namespace ModelBot.LoadHarness.Targets;

/// <summary>
/// The real Release host, <c>dotnet modelbot.dll serve</c>, configured only through environment variables as an
/// operator would: both platforms' HTTP adapters on, console adapter, registration and gateway off, the repository's
/// data/, and every outbound API pointed at loopback so nothing leaves the machine: the harness's
/// <see cref="PlatformApiSink"/> when given (the chart follow-ups succeed, as in a deployment), else a closed port.
/// </summary>
public static class ModelBotHost
{
    /// <summary>A closed port on loopback (discard): outbound calls fail at once instead of reaching the internet.</summary>
    public const string Nowhere = "http://127.0.0.1:9";

    /// <summary>The settings the host runs with.</summary>
    public static IReadOnlyDictionary<string, string> Environment(int port, HarnessCredentials credentials, PlatformApiSink? sink = null) => new Dictionary<string, string>
    {
        ["Urls"] = $"http://127.0.0.1:{port}",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["Console__Mode"] = "Off",
        ["Data__Path"] = RepositoryPaths.Data,
        ["Discord__ApplicationId"] = HarnessCredentials.DiscordApplicationId,
        ["Discord__PublicKey"] = credentials.Discord.PublicKeyHex,
        ["Discord__BotToken"] = "", // cleared in case the caller's shell holds real credentials
        ["Discord__GuildId"] = "",
        ["Discord__RegisterOnStart"] = "false",
        ["Discord__Gateway__Enabled"] = "false",
        ["Discord__ApiBaseUrl"] = sink?.DiscordApiBase ?? $"{Nowhere}/api/v10",
        ["Slack__SigningSecret"] = credentials.Slack.SigningSecret,
        ["Slack__BotToken"] = "xoxb-0000000000-0000000000000-loadharnessbenchtoken0",
        ["Slack__AppToken"] = "",
        ["Slack__SocketMode__Enabled"] = "false",
        ["Redis__Configuration"] = "",
        ["Slack__ApiBaseUrl"] = sink?.SlackApiBase ?? $"{Nowhere}/api",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    /// <summary>Spawns the host at <paramref name="hostDll"/> on <paramref name="port"/>.</summary>
    public static TargetProcess Start(string hostDll, int port, HarnessCredentials credentials, PlatformApiSink? sink = null)
    {
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException($"{hostDll} not found: build it with `dotnet build -c Release src/ModelBot.Host` (bench/run does)", hostDll);
        }
        var start = new ProcessStartInfo(RepositoryPaths.Dotnet) { WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("serve");
        foreach (var (name, value) in Environment(port, credentials, sink))
        {
            start.Environment[name] = value;
        }
        return TargetProcess.Start(start);
    }
}
