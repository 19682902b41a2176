using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Commands;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Core;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Rendering.Tests;

namespace ModelBot.Host.Tests.Rendering;

/// <summary>
/// The real request pipeline over the real data/ directory, wired by the layers' own DI extensions
/// (<c>AddModelBotCore</c>, <c>AddModelBotCommands</c>), with the dataset loaded once and served fixed.
/// </summary>
public sealed class RealPipeline : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IChatRequestHandler _handler;

    public RealPipeline()
    {
        var data = Path.Combine(GoldenFile.RepositoryRoot(), "data");
        var loaded = new DatasetLoader().Load(data);
        Dataset = loaded.Dataset ?? throw new InvalidOperationException("data/ does not load: " + string.Join("; ", loaded.Errors));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Path"] = data, ["Data:Watch"] = "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDatasetProvider>(new FixedDatasetProvider(Dataset, new FakeTimeProvider(new DateTimeOffset(2026, 4, 12, 0, 0, 0, TimeSpan.Zero)), data));
        services.AddModelBotCore(configuration);
        services.AddModelBotCommands(configuration);
        _services = services.BuildServiceProvider();
        _handler = _services.GetRequiredService<IChatRequestHandler>();
    }

    /// <summary>The router over the real dataset, for requests with named options as the adapters build them.</summary>
    public IChatRequestHandler Handler => _handler;

    /// <summary>The dataset in data/.</summary>
    public CuratedDataset Dataset { get; }

    /// <summary>Answers <paramref name="text"/> as a chat message would be answered.</summary>
    public ValueTask<Answer> AskAsync(string text) =>
        _handler.HandleAsync(new ChatRequest { Platform = "cli", Text = text }, TestContext.Current.CancellationToken);

    public void Dispose() => _services.Dispose();
}
