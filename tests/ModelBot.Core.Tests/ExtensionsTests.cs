using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests;

public class ExtensionsTests
{
    private static ServiceProvider Services(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddModelBotCore(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddModelBotCore_ValidPath_ServesQueries()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        using var services = Services(new Dictionary<string, string?> { ["Data:Path"] = data.Path, ["Data:Watch"] = "false" });

        var profile = services.GetRequiredService<QueryService>().Profile("avocado");

        profile.Report!.Model.Id.ShouldBe("model-a");
        services.GetRequiredService<IDatasetProvider>().ShouldBeOfType<FileDatasetProvider>();
        services.GetServices<IHostedService>().ShouldContain(s => s is DatasetWatcher);
        services.GetRequiredService<IOptions<DataOptions>>().Value.Watch.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Data:Path", "", "Data:Path is empty")]
    [InlineData("Data:Path", "/no/such/modelbot/data", "Data:Path '/no/such/modelbot/data' is not a directory")]
    [InlineData("Data:DebounceMilliseconds", "-1", "Data:DebounceMilliseconds must be between 0 and 60000")]
    public void AddModelBotCore_BadOptions_FailValidationWithTheSettingName(string key, string value, string message)
    {
        using var data = TempDataDirectory.WithSmallDataset();
        using var services = Services(new Dictionary<string, string?> { ["Data:Path"] = data.Path, [key] = value });

        var exception = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<DataOptions>>().Value);

        exception.Message.ShouldContain(message);
    }

    [Fact]
    public async Task Host_InvalidDatasetAtStartup_FailsToStartWithTheErrors()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace("models.yaml", "id: model-c", "id: Model C");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Path"] = data.Path, ["Data:Watch"] = "false" });
        builder.Services.AddModelBotCore(builder.Configuration);
        using var host = builder.Build();

        var exception = await Should.ThrowAsync<DatasetLoadException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        exception.Message.ShouldContain("models.yaml:");
        exception.Message.ShouldContain("bad id 'Model C'");
    }
}
