using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ModelBot.Benchmarks -- --filter '*' [--job short] [--inProcess]
// The generous build timeout lets the per-benchmark project build on a busy two-core machine.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(ModelBot.Benchmarks.RequestBenchmarks).Assembly).Run(args, config);
