using ModelBot.Discord;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Commands;
using ModelBot.Commands.Delivery;
using ModelBot.Core;
using ModelBot.Host.Cli;
using ModelBot.Host.Console;
using ModelBot.Host.Formats;
using ModelBot.Host.Health;
using ModelBot.Host.Metrics;
using ModelBot.Slack;

namespace ModelBot.Host.Hosting;

/// <summary>The web host <c>modelbot serve</c> runs: Kestrel, /healthz, the dataset, the router and the configured adapters.</summary>
public static class ModelBotWebHost
{
    /// <summary>Where Kestrel listens when neither <c>Urls</c> nor <c>ASPNETCORE_URLS</c> says: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>How long a stopping host waits for answers still being delivered (deferred answers, event replies).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Builds (does not start) the web application.</summary>
    /// <param name="context">Streams for the console adapter and configuration overrides.</param>
    /// <param name="dataPath">An explicit <c>--data</c> value, or null for <c>Data:Path</c>.</param>
    public static WebApplication Build(CliContext context, string? dataPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(ModelBotWebHost).Assembly.GetName().Name });
        builder.AddModelBotHost(context, dataPath);
        // The default is set here, not in appsettings.json: a Urls there would outrank ASPNETCORE_URLS, which ASP.NET
        // Core reads before the JSON files, and DESIGN.md promises both work.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }
        builder.Services.AddModelBotCore(builder.Configuration);
        builder.Services.AddModelBotCommands(builder.Configuration);
        builder.AddConsoleAdapter();
        builder.Services.AddAnswerFormats();
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddDiscordGateway(builder.Configuration);
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddModelBotHealth();
        builder.Services.AddAnswerDelivery();
        // Answers still being delivered get this long on shutdown (SIGTERM); a second signal stops at once.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddHostedService<SecondStopSignal>();
        builder.AddModelBotMetrics();

        var app = builder.Build();
        app.MapModelBotHealth();
        app.MapModelBotMetrics();
        app.MapDiscord();
        app.MapSlack();
        return app;
    }
}
