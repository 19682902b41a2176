using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Charts;
using ModelBot.Commands;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Core;
using ModelBot.Core.Loading;
using ModelBot.Rendering.Tests;

namespace ModelBot.Charts.Tests.Support;

/// <summary>
/// Answers from the real pipeline over data/, and the chart services as the host registers them, with the dataset
/// loaded once and served fixed (version 1).
/// </summary>
public sealed class RealAnswers : IDisposable
{
    private readonly ServiceProvider _services;

    public RealAnswers()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>With configuration <paramref name="settings"/> (e.g. <c>Charts:Enabled</c>); not a fixture constructor.</summary>
    public static RealAnswers With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    private RealAnswers(IReadOnlyDictionary<string, string?> settings)
    {
        var data = Path.Combine(GoldenFile.RepositoryRoot(), "data");
        var loaded = new DatasetLoader().Load(data);
        var dataset = loaded.Dataset ?? throw new InvalidOperationException("data/ does not load: " + string.Join("; ", loaded.Errors));
        var values = new Dictionary<string, string?>(settings) { ["Data:Path"] = data, ["Data:Watch"] = "false" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IDatasetProvider>(new FixedDatasetProvider(dataset, new FakeTimeProvider(new DateTimeOffset(2026, 4, 12, 0, 0, 0, TimeSpan.Zero)), data));
        services.AddModelBotCore(configuration);
        services.AddModelBotCommands(configuration);
        services.AddModelBotCharts();
        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    /// <summary>Answers <paramref name="text"/> as a chat message would be answered.</summary>
    public Answer Ask(string text) =>
        _services.GetRequiredService<IChatRequestHandler>().HandleAsync(new ChatRequest { Platform = "cli", Text = text }, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();

    public void Dispose() => _services.Dispose();
}
