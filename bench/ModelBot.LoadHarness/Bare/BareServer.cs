using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Slack;

namespace ModelBot.LoadHarness.Bare;

/// <summary>
/// The bare Kestrel baselines (<c>serve-bare</c>): a slim web app on 127.0.0.1 with logging off and one endpoint per
/// platform whose credentials are given. The harness runs it as its own process so it has its own RSS and startup time.
/// </summary>
public static class BareServer
{
    /// <summary>Builds the app; <paramref name="port"/> 0 takes any free port.</summary>
    public static WebApplication Build(int port, string? discordPublicKey, string? slackSigningSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        if (!string.IsNullOrEmpty(discordPublicKey))
        {
            DiscordBareEndpoint.Map(app, discordPublicKey);
        }
        if (!string.IsNullOrEmpty(slackSigningSecret))
        {
            SlackBareEndpoint.Map(app, slackSigningSecret, TimeProvider.System);
        }
        return app;
    }

    /// <summary>The address a started app listens on.</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>
    /// Runs <c>serve-bare --port N [--discord-public-key HEX] [--slack-signing-secret S]</c> until the process is stopped.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var port = 0;
        string? publicKey = null;
        string? secret = null;
        var reader = new Cli.ArgumentReader(args);
        while (reader.NextName() is { } name)
        {
            switch (name)
            {
                case "--port": port = reader.Number(name, 0, 65535); break;
                case "--discord-public-key": publicKey = reader.Value(name); break;
                case "--slack-signing-secret": secret = reader.Value(name); break;
                default: throw new ArgumentException($"unknown argument {name}");
            }
        }
        if (publicKey is null && secret is null)
        {
            throw new ArgumentException("serve-bare needs --discord-public-key and/or --slack-signing-secret");
        }
        await using var app = Build(port, publicKey, secret);
        await app.RunAsync();
        return 0;
    }
}
