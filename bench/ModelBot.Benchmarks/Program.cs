using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ModelBot.Benchmarks.Scale;

// dotnet run -c Release --project bench/ModelBot.Benchmarks -- --filter '*' [--job short] [--inProcess]
//   … -- generate <target> --models N --results N [--template data]   writes a dataset of that size (see Scale/)
//   … -- scale-probe <data> [--iterations N] [--kind K]                      load, first answer, per-request times: one JSON line
//   … -- scale-report [--template data] [--work dir] [--iterations N]  the three sizes, one probe process each: one table
if (args.Length > 0 && args[0] == "generate")
{
    var target = args.Length > 1 ? args[1] : throw new ArgumentException("generate <target> --models N --results N");
    DatasetGenerator.Generate(Option("--template", "data"), target, int.Parse(Option("--models", "2000"), System.Globalization.CultureInfo.InvariantCulture), int.Parse(Option("--results", "20000"), System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 0 && args[0] == "scale-probe")
{
    var data = args.Length > 1 ? args[1] : throw new ArgumentException("scale-probe <data> [--iterations N]");
    return ScaleProbe.Run(data, int.Parse(Option("--iterations", "200"), System.Globalization.CultureInfo.InvariantCulture), Console.Out, args.Contains("--kind") ? Option("--kind", "") : null);
}

if (args.Length > 0 && args[0] == "scale-report")
{
    return ScaleReport.Run(Option("--template", "data"), Option("--work", Path.Combine(Path.GetTempPath(), "modelbot-scale")), int.Parse(Option("--iterations", "200"), System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

// The generous build timeout lets the per-benchmark project build on a busy two-core machine.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(ModelBot.Benchmarks.RequestBenchmarks).Assembly).Run(args, config);
return 0;

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
