using ModelBot.Commands.Tests.Support;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Tests.Questions;

/// <summary>A misspelt family word is put right against every model's name, not only the first few of a large dataset.</summary>
public sealed class MisspeltFamilyTests
{
    [Fact]
    public void Question_AMisspeltFamilyOfAModelFarDownTheList_IsReadAsThatFamilyAndSaidSo()
    {
        var small = SmallDataset.Create();
        // Forty models before it: the family word is looked for among all of them.
        var fillers = Enumerable.Range(1, 40).Select(i => new Model { Id = $"filler-{i}", Name = $"Filler {i}", Vendor = "Acme" });
        var zephyrine = new Model { Id = "zephyrine-max-3.5", Name = "Zephyrine Max 3.5", Vendor = "Zco" };
        var figure = new Result
        {
            Model = zephyrine.Id, Benchmark = "quiz", Setting = "no tools", Value = 47.5, Evaluator = "Acme", Source = "first",
            Passage = "Zephyrine Max 3.5 scores 47.5 on Quiz Bench.",
        };
        var dataset = new CuratedDataset([.. small.Models, .. fillers, zephyrine], small.Benchmarks, small.Sources, [.. small.Results, figure]) { Vocabulary = small.Vocabulary };

        var answer = Routers.For(dataset).Ask("how does zephyrene max 3.5 do on quiz bench?");

        answer.Ok.ShouldBeTrue(answer.Error);
        string.Join(" ", [answer.Summary, .. answer.Notes]).ShouldContain("Read 'zephyrene' as Zephyrine");
        answer.Summary.ShouldNotBeNull().ShouldContain("47.5");
    }
}
