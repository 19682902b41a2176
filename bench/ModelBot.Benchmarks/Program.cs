using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ModelBot.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(ModelBot.Benchmarks.RequestBenchmarks).Assembly).Run(args);
