using System.Globalization;
using ModelBot.Core.Dataset;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ModelBot.Core.Tests.Data.Reading;

/// <summary>
/// Reads <c>data/</c> into the dataset records with a strict YamlDotNet deserializer (unknown keys fail),
/// so the dataset tests do not depend on the production loader.
/// </summary>
internal static class TestDatasetReader
{
    public static CuratedDataset Read(string dataDirectory)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();

        var sources = Parse<YamlSourcesFile>(deserializer, Path.Combine(dataDirectory, "sources.yaml")).Sources.Select(ToSource).ToList();
        var models = Parse<YamlModelsFile>(deserializer, Path.Combine(dataDirectory, "models.yaml")).Models.Select(ToModel).ToList();
        var benchmarks = Parse<YamlBenchmarksFile>(deserializer, Path.Combine(dataDirectory, "benchmarks.yaml")).Benchmarks.Select(ToBenchmark).ToList();
        var results = Directory.GetFiles(Path.Combine(dataDirectory, "results"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => ReadResults(deserializer, path))
            .ToList();

        return new CuratedDataset(models, benchmarks, sources, results);
    }

    private static IEnumerable<Result> ReadResults(IDeserializer deserializer, string path)
    {
        var file = Parse<YamlResultsFile>(deserializer, path);
        if (file.Source != Path.GetFileNameWithoutExtension(path))
        {
            throw new InvalidDataException($"{path}: source '{file.Source}' does not match the file name.");
        }

        return file.Results.Select(row => new Result
        {
            Model = row.Model,
            Benchmark = row.Benchmark,
            Setting = row.Setting,
            Value = row.Value,
            Evaluator = row.Evaluator,
            Independent = row.Independent,
            Source = file.Source,
            Passage = row.Passage,
            Notes = row.Notes,
            Disputed = row.Disputed,
        });
    }

    private static T Parse<T>(IDeserializer deserializer, string path)
    {
        using var reader = File.OpenText(path);
        return deserializer.Deserialize<T>(reader);
    }

    private static Source ToSource(YamlSourceRow row) => new()
    {
        Id = row.Id,
        Title = row.Title,
        Publisher = row.Publisher,
        Date = row.Date is null ? null : DateOnly.Parse(row.Date, CultureInfo.InvariantCulture),
        File = row.File,
        Url = row.Url,
    };

    private static Model ToModel(YamlModelRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Aliases = row.Aliases,
        Vendor = row.Vendor,
        ReleaseDate = row.ReleaseDate is null ? null : DateOnly.Parse(row.ReleaseDate, CultureInfo.InvariantCulture),
        Weights = row.Weights switch
        {
            "open" => WeightsAvailability.Open,
            "closed" => WeightsAvailability.Closed,
            "unknown" => WeightsAvailability.Unknown,
            _ => throw new InvalidDataException($"Model {row.Id}: weights '{row.Weights}'."),
        },
        Licence = row.Licence,
        ContextWindow = row.ContextWindow,
        InputModalities = row.InputModalities,
        OutputModalities = row.OutputModalities,
        Modes = row.Modes,
        Notes = row.Notes,
        Sources = row.Sources,
    };

    private static Benchmark ToBenchmark(YamlBenchmarkRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Aliases = row.Aliases,
        Measures = row.Measures,
        Metric = row.Metric,
        Unit = row.Unit switch
        {
            "percent" => Unit.Percent,
            "score" => Unit.Score,
            "elo" => Unit.Elo,
            "tokens" => Unit.Tokens,
            "million-tokens" => Unit.MillionTokens,
            _ => throw new InvalidDataException($"Benchmark {row.Id}: unit '{row.Unit}'."),
        },
        Direction = row.Direction switch
        {
            "higher" => Direction.HigherIsBetter,
            "lower" => Direction.LowerIsBetter,
            _ => throw new InvalidDataException($"Benchmark {row.Id}: direction '{row.Direction}'."),
        },
        Version = row.Version,
        Notes = row.Notes,
    };
}
