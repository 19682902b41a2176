using ModelBot.LoadHarness.Running;

// Loopback load harness: for each scenario (one class per platform implementing ILoadScenario), runs ModelBot's
// endpoint, a bare Kestrel baseline and the platform's reference library, one after another, at a fixed concurrency,
// bounded in requests and time, and prints requests/s, p50 and p99 with the ratios the targets are stated in.
//   dotnet run -c Release --project bench/ModelBot.LoadHarness -- [--scenario discord] [--requests 20000] [--seconds 20]
//       [--concurrency 32] [--warmup 2000] [--skip-peers]
var options = HarnessOptions.Parse(args);
var scenarios = typeof(ILoadScenario).Assembly.GetTypes()
    .Where(type => typeof(ILoadScenario).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
    .Select(type => (ILoadScenario)Activator.CreateInstance(type)!)
    .Where(scenario => options.Scenario is null || string.Equals(scenario.Name, options.Scenario, StringComparison.OrdinalIgnoreCase))
    .OrderBy(scenario => scenario.Name, StringComparer.Ordinal)
    .ToList();
if (scenarios.Count == 0)
{
    await Console.Error.WriteLineAsync($"no scenario named {options.Scenario}");
    return 1;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
foreach (var scenario in scenarios)
{
    var results = new List<LoadResult>();
    foreach (var target in await scenario.StartAsync(options, cancel.Token))
    {
        await using (target)
        {
            await Console.Error.WriteLineAsync($"{scenario.Name}: {target.Name} …");
            results.Add(await LoadRunner.RunAsync(target, options, cancel.Token));
        }
    }
    Console.WriteLine(LoadReport.Format(scenario.Name, options, results));
}
return 0;
