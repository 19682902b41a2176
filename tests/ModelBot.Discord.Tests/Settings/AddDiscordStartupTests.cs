using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Settings;

public sealed class AddDiscordStartupTests
{
    [Fact]
    public async Task StartAsync_MalformedPublicKey_FailsWithOneMessageNamingTheSetting()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = "not-a-key",
            ["Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
        });
        builder.Services.AddSingleton<IChatRequestHandler>(new ScriptedChatHandler());
        builder.Services.AddSingleton<IDatasetProvider>(new FixedDatasetProvider(TestDataset.Dataset));
        builder.Services.AddDiscord(builder.Configuration);
        await using var app = builder.Build();
        app.MapDiscord();

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        failure.Failures.ShouldHaveSingleItem().ShouldStartWith("Discord:PublicKey must be 64 hex characters");
    }
}
