using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Routing;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Tests.Support;

/// <summary>Command routers wired as the host wires them, over the real dataset or a small one built in code.</summary>
internal static class Routers
{
    private static readonly Lazy<CommandRouter> RealRouter = new(() => For(RealData.Dataset));

    public static CommandRouter Real => RealRouter.Value;

    public static CommandRouter For(CuratedDataset dataset, ILoggerFactory? logging = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        For(new FixedDatasetProvider(dataset), logging, settings);

    public static CommandRouter For(IDatasetProvider provider, ILoggerFactory? logging = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton(logging ?? NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(provider)
            .AddSingleton<QueryService>()
            .AddModelBotCommands(configuration)
            .BuildServiceProvider();
        return (CommandRouter)services.GetRequiredService<IChatRequestHandler>();
    }

    public static Answer Ask(this CommandRouter router, string text, string platform = "console") =>
        router.Handle(new ChatRequest { Platform = platform, Text = text });
}
