using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Registration;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Tests.Support;

/// <summary>The REST client and registrar as <c>AddDiscordRegistration</c> wires them, against a <see cref="FakeDiscordApi"/>.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string BotToken = "MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

    private readonly ServiceProvider _services;

    private RestHarness(ServiceProvider services, FakeDiscordApi api)
    {
        _services = services;
        Api = api;
    }

    public FakeDiscordApi Api { get; }

    public DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public CommandRegistrar Registrar => _services.GetRequiredService<CommandRegistrar>();

    public InvalidRequestCounter InvalidRequests => _services.GetRequiredService<InvalidRequestCounter>();

    /// <param name="time">The limiter's and client's clock (the system clock by default).</param>
    /// <param name="httpTimeout">The HttpClient timeout (30 s as in production by default).</param>
    /// <param name="logs">Receives every log line, at every level (the HttpClient factory's included).</param>
    public static async Task<RestHarness> StartAsync(string? guildId = null, CommandCatalog? catalog = null, int maxRetries = 3, TimeProvider? time = null, TimeSpan? httpTimeout = null, ILoggerProvider? logs = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
            ["Discord:BotToken"] = BotToken,
            ["Discord:GuildId"] = guildId,
            ["Discord:ApiBaseUrl"] = api.BaseUrl,
            ["Discord:MaxRestRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        if (catalog is not null)
        {
            services.AddSingleton(catalog);
        }
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddDiscordRegistration(configuration);
        if (httpTimeout is { } timeout)
        {
            services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigureHttpClient(client => client.Timeout = timeout);
        }
        return new RestHarness(services.BuildServiceProvider(), api);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
