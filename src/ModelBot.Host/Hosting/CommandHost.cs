using ModelBot.Core;
using ModelBot.Host.Cli;
using ModelBot.Host.Formats;

namespace ModelBot.Host.Hosting;

/// <summary>
/// The host behind one-shot commands (<c>ask</c>): the same configuration, dataset and router as <c>serve</c>, but
/// no Kestrel, no adapters, no file watchers. It is built and its services used; it is never started.
/// </summary>
public static class CommandHost
{
    /// <summary>Builds (does not start) the host.</summary>
    /// <param name="context">The CLI invocation's streams and overrides.</param>
    /// <param name="dataPath">An explicit <c>--data</c> value, or null for <c>Data:Path</c>.</param>
    public static IHost Build(CliContext context, string? dataPath)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Configuration = configuration,
            ApplicationName = typeof(CommandHost).Assembly.GetName().Name,
        });
        builder.AddModelBotHost(context, dataPath);
        builder.Configuration.AddInMemoryCollection([new("Data:Watch", "false")]);
        builder.Services.AddModelBotCore(builder.Configuration);
        builder.Services.AddAnswerFormats();
        return builder.Build();
    }
}
