using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>A benchmark's figures by setting (in order of first appearance) and model.</summary>
internal sealed class BenchmarkFiguresIndex
{
    public BenchmarkFiguresIndex(Benchmark benchmark, SettingFigures[] settings)
    {
        Benchmark = benchmark;
        Settings = settings;
    }

    public Benchmark Benchmark { get; }

    public SettingFigures[] Settings { get; }
}
