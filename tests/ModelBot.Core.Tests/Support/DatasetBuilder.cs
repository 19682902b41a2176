using ModelBot.Core.Dataset;

namespace ModelBot.Core.Tests.Support;

/// <summary>Builds small in-memory datasets for query tests.</summary>
internal sealed class DatasetBuilder
{
    private readonly List<Model> _models = [];
    private readonly List<Benchmark> _benchmarks = [];
    private readonly List<Source> _sources = [];
    private readonly List<Result> _results = [];

    /// <summary>Starts with the source "s1", which models and results cite by default.</summary>
    public DatasetBuilder() => Source("s1");

    public DatasetBuilder Source(string id)
    {
        _sources.Add(new Source { Id = id, Title = "Title of " + id, Publisher = "unknown", File = id + ".txt", Line = _sources.Count + 1 });
        return this;
    }

    public DatasetBuilder Model(string id, string name, params string[] aliases)
    {
        _models.Add(new Model { Id = id, Name = name, Aliases = aliases, Vendor = "Vendor of " + id, Sources = ["s1"], Line = _models.Count + 1 });
        return this;
    }

    public DatasetBuilder Model(Model model)
    {
        _models.Add(model);
        return this;
    }

    public DatasetBuilder Benchmark(string id, string name, Unit unit = Unit.Percent, Direction direction = Direction.HigherIsBetter, params string[] aliases)
    {
        _benchmarks.Add(new Benchmark { Id = id, Name = name, Aliases = aliases, Measures = "m", Metric = "metric", Unit = unit, Direction = direction, Line = _benchmarks.Count + 1 });
        return this;
    }

    public DatasetBuilder Result(string model, string benchmark, double value, string setting = "default", string source = "s1", bool disputed = false, bool approximate = false)
    {
        _results.Add(new Result
        {
            Model = model,
            Benchmark = benchmark,
            Setting = setting,
            Value = value,
            Evaluator = "Evaluator",
            Source = source,
            Passage = $"{model} {benchmark} {value}",
            Disputed = disputed,
            Approximate = approximate,
            Notes = disputed ? "contradicts the official table" : null,
            Line = _results.Count + 1,
        });
        return this;
    }

    public CuratedDataset Build()
    {
        return new CuratedDataset(_models, _benchmarks, _sources, _results);
    }
}
