using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;
using ModelBot.Discord.Tests.Gateway.Fakes;
using ModelBot.Discord.Tests.Support;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Hosting;

/// <summary>The gateway feeds the same InteractionProcessor as the HTTP endpoint and answers over REST.</summary>
public class GatewayBridgeTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("compare")]
    [InlineData("model")]
    public async Task InteractionCreate_OverTheGateway_GetsTheSameCallbackAsTheHttpEndpoint(string command)
    {
        var body = InteractionPayloads.Command(command);
        await using var http = await InteractionsHost.StartAsync();
        using var httpResponse = await http.PostSignedAsync(body);
        var httpCallback = await httpResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await using var gateway = await StartWithDiscordAdapterAsync(new FakeTimeProvider());
        var connection = await gateway.ReadyAsync();

        await connection.Session!.PublishAsync("INTERACTION_CREATE", body);
        await Within(gateway.Gateway.WaitForCallbacksAsync(1));

        var (id, token, gatewayCallback) = gateway.Gateway.Callbacks.ShouldHaveSingleItem();
        (id, token).ShouldBe(("1180000000000000011", "aW50ZXJhY3Rpb24tdG9rZW4"));
        gatewayCallback.ShouldBe(httpCallback);
    }

    /// <summary>A token of the shape the adapter's options validation accepts.</summary>
    internal const string PlausibleBotToken = "MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

    internal static Task<GatewayHarness> StartWithDiscordAdapterAsync(TimeProvider time, Action<FakeDiscordGateway>? configureGateway = null, IDictionary<string, string?>? settings = null, int seed = 1) =>
        GatewayHarness.StartAsync(time, configureGateway, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Discord:BotToken"] = PlausibleBotToken }, seed: seed, withDiscordAdapter: (services, configuration) =>
        {
            services.AddSingleton<IChatRequestHandler>(new ScriptedChatHandler());
            services.AddSingleton<IDatasetProvider>(new FixedDatasetProvider(TestDataset.Dataset));
            services.AddDiscord(configuration);
        });
}
