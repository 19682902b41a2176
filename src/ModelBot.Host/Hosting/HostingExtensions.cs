using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Console;
using ModelBot.Core.Loading;
using ModelBot.Host.Cli;

namespace ModelBot.Host.Hosting;

/// <summary>Service defaults shared by every <c>modelbot</c> command that builds a host (eShop's <c>AddServiceDefaults</c>).</summary>
public static class HostingExtensions
{
    /// <summary>The timestamp written before every log line.</summary>
    public const string LogTimestampFormat = "HH:mm:ss.fff ";

    /// <summary>The configuration key of the dataset directory.</summary>
    public const string DataPathKey = "Data:Path";

    /// <summary>
    /// Configuration layers (appsettings.json beside the executable under the usual sources, CLI overrides on top),
    /// an explicit dataset path, logging to standard error with timestamps (standard output stays for answers),
    /// <see cref="TimeProvider"/> and the <see cref="Console.Terminal"/>.
    /// </summary>
    /// <param name="builder">A web or plain host builder.</param>
    /// <param name="context">The CLI invocation's streams and overrides.</param>
    /// <param name="dataPath">An explicit <c>--data</c> value, or null for <c>Data:Path</c>.</param>
    public static TBuilder AddModelBotHost<TBuilder>(this TBuilder builder, CliContext context, string? dataPath)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
        builder.Configuration.AddInMemoryCollection(context.Settings);
        if (!string.IsNullOrWhiteSpace(dataPath))
        {
            // An explicit --data is looked up as Data:Path is (the current directory, its parents, then the
            // executable's directory and its parents): `dotnet run --project src/ModelBot.Host -- data validate data`
            // runs in the project's directory, where a plain current-directory path would miss the repository's data/.
            builder.Configuration.AddInMemoryCollection([new(DataPathKey, DataPathResolver.Resolve(dataPath))]);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = LogTimestampFormat;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(context.Terminal);
        return builder;
    }
}
