using ModelBot.Benchmarks.Scale;
using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ModelBot.Core.Tests.Loading;

/// <summary>
/// The fast parser gives the events YamlDotNet's parser gives (type, value, style and where each node starts) on the
/// repository's data files and a generated dataset, whole and in the pieces a large list is read in, and gives up on
/// what it does not read, so YamlDotNet reads it.
/// </summary>
public sealed class BlockYamlParserTests
{
    public static TheoryData<string> RepositoryFiles => [DataFiles.Models, DataFiles.Benchmarks, DataFiles.Sources];

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void TryParse_TheRepositorysFiles_GivesYamlDotNetsEvents(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestData.DataDirectory, file));

        var fast = BlockYamlParser.TryParse(text);

        fast.ShouldNotBeNull($"{file} is of the shape the fast parser reads");
        Events(fast).ShouldBe(Events(new Parser(new StringReader(text))));
    }

    [Fact]
    public void TryParse_AGeneratedModelsFileInPieces_GivesYamlDotNetsEventsForEachPiece()
    {
        var target = Path.Combine(Path.GetTempPath(), "modelbot-block-yaml-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetGenerator.Generate(TestData.DataDirectory, target, models: 1_000, results: 1_500);
            var text = File.ReadAllText(Path.Combine(target, DataFiles.Models));

            var pieces = ListFileSplitter.Split(text, "models", 5)!;

            foreach (var piece in pieces)
            {
                var fast = piece.Parse();
                fast.ShouldNotBeNull();
                Events(fast).ShouldBe(Events(new Parser(piece.Open())));
            }
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Theory]
    [InlineData("models:\n  - id: a\n    notes: >+\n      kept\n\n")]
    [InlineData("models:\n  - id: a\n    notes: >-\n      folded\n        more indented\n")]
    [InlineData("models:\n  - id: a\n    notes: >2\n      indicated\n")]
    [InlineData("models:\n  - id: a\n    notes: |\n      spaces below\n         \n      kept\n")]
    [InlineData("models:\n  - id: a\n    notes: one line\n      and another\n")]
    [InlineData("models:\n  - id: a\n    notes: \"over\n      two lines\"\n")]
    [InlineData("models:\n  - id: a\n    vendor:\n    name: A\n")]
    [InlineData("models:\n  - id: a\n    access: { api: true }\n")]
    [InlineData("models:\n  - id: &x a\n")]
    [InlineData("models:\n  - id: a\n    id: b\n")]
    [InlineData("models:\n\t- id: a\n")]
    [InlineData("---\nmodels: []\n")]
    [InlineData("models:\n  - id: \"\\x41\"\n")]
    [InlineData("- a\n- b\n")]
    public void TryParse_WhatItDoesNotRead_GivesUp(string text) => BlockYamlParser.TryParse(text).ShouldBeNull();

    [Theory]
    [InlineData("models:\n- id: a\n  aliases:\n  - b\n  - 'c d'\nother: x # comment\n")]
    [InlineData("models:\n  - id: a # the id\n    sources: [s1, \"s 2\", 's3']\n    modes: []\n\n    # a comment\n    passage: \"He said \\\"hi\\\"\"\n")]
    [InlineData("a:\n  b:\n    c: 1\n  d: [x]\ne: 2026-01-01\n")]
    [InlineData("models:\n  - id: a\n    notes: >\n      folded over\n      two lines\n\n      and a paragraph\n\n    name: A\n")]
    [InlineData("models:\n  - id: a\n    notes: >-\n      folded, stripped\n      # not a comment\n    # a comment\n    mode_notes:\n      Deep Think: |-\n        literal\n          indented\n\n        kept\n")]
    [InlineData("models:\n  - id: a\n    notes: |\n      literal\n  - id: b\n")]
    [InlineData("models:\n  - id: \"caf\\u00e9 \\/ \\r\"\n")]
    public void TryParse_SmallDocuments_GivesYamlDotNetsEvents(string text)
    {
        var fast = BlockYamlParser.TryParse(text);

        fast.ShouldNotBeNull();
        Events(fast).ShouldBe(Events(new Parser(new StringReader(text))));
    }

    private static List<string> Events(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            events.Add(parser.Current switch
            {
                Scalar s => $"scalar {s.Value} {s.Style} at {s.Start.Line}:{s.Start.Column}",
                MappingStart m => $"mapping {m.Style} at {m.Start.Line}:{m.Start.Column}",
                SequenceStart q => $"sequence {q.Style} at {q.Start.Line}:{q.Start.Column}",
                var other => other!.GetType().Name,
            });
        }

        return events;
    }
}
