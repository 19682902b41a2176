using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Routing;
using ModelBot.Core;
using ModelBot.Core.Loading;
using ModelBot.Host.Cli;

namespace ModelBot.Benchmarks.Scale;

/// <summary>
/// One request of each kind (<see cref="ScaleProbe.Kinds"/>) answered over generated datasets of about 10×, 100× and
/// 1000× today's size, reply cache off: a request's cost should not grow with the dataset. The datasets are generated
/// once into the temporary directory (modelbot-scale-&lt;size&gt;) and reused.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private ServiceProvider? _services;
    private CommandRouter? _router;
    private string[] _requests = [];
    private int _next;

    /// <summary>The dataset size.</summary>
    [Params("10x", "100x", "1000x")]
    public string Size { get; set; } = "10x";

    /// <summary>The kind of request.</summary>
    [Params("compare", "leaderboard", "free text", "misspelled name", "model leads", "open weights", "profile")]
    public string Kind { get; set; } = "compare";

    /// <summary>Generates (once) and loads the dataset, then answers each request once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (name, models, results) = DatasetGenerator.StandardSizes.Single(s => s.Name == Size);
        var directory = Path.Combine(Path.GetTempPath(), $"modelbot-scale-{name}");
        if (!File.Exists(Path.Combine(directory, "models.yaml")))
        {
            DatasetGenerator.Generate(FindData(), directory, models, results);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Path"] = directory,
            ["Data:Watch"] = "false",
            ["Answers:CacheEntries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddModelBotCore(configuration);
        services.AddModelBotCommands(configuration);
        _services = services.BuildServiceProvider();
        _ = _services.GetRequiredService<IDatasetProvider>().Snapshot;
        _router = _services.GetRequiredService<CommandRouter>();
        _requests = ScaleProbe.Kinds.Single(k => k.Kind == Kind).Requests;
        foreach (var request in _requests)
        {
            Answer(request);
        }
    }

    /// <summary>Disposes the services.</summary>
    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    /// <summary>Answers the kind's next request (they rotate).</summary>
    [Benchmark]
    public Answer Request() => Answer(_requests[_next++ % _requests.Length]);

    private Answer Answer(string text)
    {
        var pending = _router!.HandleAsync(new ChatRequest { Platform = AskCommand.Platform, Text = text }, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private static string FindData()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "data", "models.yaml")))
            {
                return Path.Combine(directory.FullName, "data");
            }
        }

        return "data";
    }
}
