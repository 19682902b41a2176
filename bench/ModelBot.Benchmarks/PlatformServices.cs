using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands;
using ModelBot.Core;
using ModelBot.Discord;
using ModelBot.Slack;

namespace ModelBot.Benchmarks;

/// <summary>
/// Core, Commands and both platforms wired as the host wires them, over a dataset, without a web host: what the
/// request benchmarks and the scale probe drive directly (fixed bench credentials; the dataset is not watched).
/// </summary>
internal static class PlatformServices
{
    /// <summary>Builds the services over <paramref name="dataPath"/> with a reply cache of <paramref name="cacheEntries"/> (0: none).</summary>
    public static ServiceProvider Build(string dataPath, int cacheEntries)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Path"] = dataPath,
            ["Data:Watch"] = "false",
            ["Answers:CacheEntries"] = cacheEntries.ToString(CultureInfo.InvariantCulture),
            ["Discord:ApplicationId"] = "1180000000000000001",
            ["Discord:PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            ["Slack:SigningSecret"] = "8f742231b10e8888abcd99yyyzzz85a5",
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:CommandPrefix"] = "",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddModelBotCore(configuration);
        services.AddModelBotCommands(configuration);
        services.AddDiscord(configuration);
        services.AddSlack(configuration);
        return services.BuildServiceProvider();
    }
}
