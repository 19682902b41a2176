using ModelBot.Benchmarks.Scale;
using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Loading;

/// <summary>The scale benchmarks' generator writes datasets of the curated schema that load and validate, at the size asked.</summary>
public class GeneratedDatasetTests
{
    [Fact]
    public void Generate_ASmallDataset_LoadsValidWithTheSizeAsked()
    {
        var target = Path.Combine(Path.GetTempPath(), "modelbot-generated-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetGenerator.Generate(TestData.DataDirectory, target, models: 300, results: 2_500);

            var result = new DatasetLoader().Load(target);

            result.Errors.ShouldBeEmpty();
            result.Dataset!.Models.Count.ShouldBe(300);
            result.Dataset.Results.Count.ShouldBe(2_500);
            // The wide benchmark ranks every generated model.
            result.Dataset.ResultsByBenchmark["wide-eval"].Count.ShouldBe(300 - RepositoryDataset.Dataset.Models.Count);
        }
        finally
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }
}
