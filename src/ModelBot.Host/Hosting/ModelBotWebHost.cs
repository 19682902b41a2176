using ModelBot.Core;
using ModelBot.Host.Cli;
using ModelBot.Host.Formats;
using ModelBot.Host.Health;
using ModelBot.Slack;

namespace ModelBot.Host.Hosting;

/// <summary>The web host <c>modelbot serve</c> runs: Kestrel, /healthz, the dataset, the router and the configured adapters.</summary>
public static class ModelBotWebHost
{
    /// <summary>Builds (does not start) the web application.</summary>
    /// <param name="context">Streams for the console adapter and configuration overrides.</param>
    /// <param name="dataPath">An explicit <c>--data</c> value, or null for <c>Data:Path</c>.</param>
    public static WebApplication Build(CliContext context, string? dataPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(ModelBotWebHost).Assembly.GetName().Name });
        builder.AddModelBotHost(context, dataPath);
        builder.Services.AddModelBotCore(builder.Configuration);
        builder.Services.AddAnswerFormats();
        builder.Services.AddSlack(builder.Configuration);

        var app = builder.Build();
        app.MapModelBotHealth();
        app.MapSlack();
        return app;
    }
}
