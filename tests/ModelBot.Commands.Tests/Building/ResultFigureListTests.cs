using ModelBot.Commands.Building;
using ModelBot.Commands.Tests.Support;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Tests.Building;

public class ResultFigureListTests
{
    private static readonly ModelBot.Commands.Routing.CommandRouter Router = Routers.For(SmallDataset.Create());

    [Fact]
    public void Results_ReadByIndexAndByEnumeration_SameFiguresEachTime()
    {
        var results = Router.Ask("/compare alpha-1 beta-2").Results;

        var enumerated = results.ToArray();
        var indexed = Enumerable.Range(0, results.Count).Select(i => results[i]).ToArray();

        enumerated.Length.ShouldBe(7);
        indexed.ShouldBe(enumerated);
        results.ToArray().ShouldBe(enumerated);
    }

    [Fact]
    public void Add_AfterTheFiguresWereRead_Throws()
    {
        var sources = new SourceNumbering([new Source { Id = "s1", Title = "T", Publisher = "P", File = "000_s1.txt" }]);
        var list = new ResultFigureList(sources, capacity: 2);
        list.Add(Figure(41.2), "%");

        list[0].SourceRef.ShouldBe(1);
        Should.Throw<InvalidOperationException>(() => list.Add(Figure(40.1), "%"));
        list.Count.ShouldBe(1);
    }

    [Fact]
    public void ValueText_SameFigureAskedTwice_SameTextAsFigureText()
    {
        var figure = Figure(42.8);

        var first = FigureValueText.Of(figure, Unit.Percent);
        var second = FigureValueText.Of(figure, Unit.Percent);

        first.ShouldBe(FigureText.Value(42.8, Unit.Percent));
        second.ShouldBeSameAs(first);
        FigureValueText.Of(figure, Unit.Elo).ShouldBe("42.8 Elo");
    }

    private static Result Figure(double value) => new()
    {
        Model = "alpha-1",
        Benchmark = "quiz",
        Setting = "default",
        Value = value,
        Evaluator = "vendor",
        Source = "s1",
        Passage = "p",
    };
}
