using ModelBot.Benchmarks.Scale;
using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ModelBot.Core.Tests.Loading;

/// <summary>
/// A models.yaml large enough to be read in pieces in parallel gives the models the whole file gives, in its order,
/// and its errors where they are in the file.
/// </summary>
public sealed class LargeListFileTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "modelbot-large-list-" + Guid.NewGuid().ToString("N"));

    public LargeListFileTests() => DatasetGenerator.Generate(TestData.DataDirectory, _data, models: 1_000, results: 2_000);

    private string ModelsPath => Path.Combine(_data, DataFiles.Models);

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Load_ALargeModelsFile_GivesEveryModelOnceInTheFilesOrder()
    {
        var text = File.ReadAllText(ModelsPath);
        ListFileSplitter.Split(text, "models", 8).ShouldNotBeNull("the file is large enough to be read in pieces");

        var result = new DatasetLoader().Load(_data);

        result.Errors.ShouldBeEmpty();
        result.Dataset!.Models.Select(m => m.Id).ShouldBe(IdsOfTheWholeFile(text));
    }

    [Fact]
    public void Split_EveryPieceKeepsTheFilesLinesAndTheirItemsAreTheWholeFilesItems()
    {
        var text = File.ReadAllText(ModelsPath);
        var lines = text.Split('\n');

        var pieces = ListFileSplitter.Split(text, "models", 8)!;

        pieces.Count.ShouldBe(8);
        var starts = new List<(long Line, long Column, string Id)>();
        foreach (var piece in pieces)
        {
            var pieceLines = piece.ToString().Split('\n');
            // Past its leading empty lines and the key, each line of the piece is the file's line of the same number.
            var first = Array.FindIndex(pieceLines, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
            for (var i = first; i < pieceLines.Length - 1; i++)
            {
                pieceLines[i].ShouldBe(lines[i], $"line {i + 1}");
            }

            starts.AddRange(Items(piece.ToString()).Select(item => (item.Start.Line, item.Start.Column, Id(item))));
        }

        starts.ShouldBe(Items(text).Select(item => (item.Start.Line, item.Start.Column, Id(item))));
    }

    [Fact]
    public void Load_AnUnknownKeyInTheLastModel_IsReportedOnceWhereItIsWritten()
    {
        var lines = File.ReadAllLines(ModelsPath).ToList();
        var lastItem = lines.FindLastIndex(l => l.StartsWith("  - id:", StringComparison.Ordinal));
        lines.Insert(lastItem + 1, "    colour: red");
        File.WriteAllLines(ModelsPath, lines);

        var result = new DatasetLoader().Load(_data);

        result.Errors.Count.ShouldBe(1);
        result.Errors[0].File.ShouldBe(DataFiles.Models);
        (result.Errors[0].Line, result.Errors[0].Column).ShouldBe((lastItem + 2, 5));
        result.Errors[0].Message.ShouldStartWith("unknown key 'colour' in model");
    }

    [Fact]
    public void Load_MalformedYamlInAPieceAfterTheFirst_IsTheParsersMessageForTheWholeFileOnce()
    {
        var lines = File.ReadAllLines(ModelsPath).ToList();
        var item = lines.FindLastIndex(l => l.StartsWith("  - id:", StringComparison.Ordinal));
        lines[item + 1] = lines[item + 1].Replace(": ", ": \"unclosed ", StringComparison.Ordinal);
        File.WriteAllLines(ModelsPath, lines);

        var result = new DatasetLoader().Load(_data);

        var errors = result.Errors.Where(e => e.File == DataFiles.Models).ToList();
        errors.Count.ShouldBe(1);
        errors[0].Line.ShouldBe(item + 2);
        errors[0].Message.ShouldStartWith("malformed YAML:");
    }

    [Theory]
    [InlineData("---\n")]
    [InlineData("\t\n")]
    public void Split_AFileTheSplitCouldMisread_IsReadWhole(string addition)
    {
        var text = File.ReadAllText(ModelsPath) + addition;

        ListFileSplitter.Split(text, "models", 8).ShouldBeNull();
    }

    private static IEnumerable<string> IdsOfTheWholeFile(string text) => Items(text).Select(Id);

    private static List<YamlMappingNode> Items(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root.Children[new YamlScalarNode("models")]).Children.Cast<YamlMappingNode>()];
    }

    private static string Id(YamlMappingNode item) => ((YamlScalarNode)item.Children[new YamlScalarNode("id")]).Value!;
}
