using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ModelBot.Core.Tests.Loading;

/// <summary>
/// The fast reader of results files reads what YamlDotNet reads (every key, value, style and position), and gives up
/// on anything outside the simple shape, so YamlDotNet reads that and reports its errors as before.
/// </summary>
public class SimpleResultsFileTests
{
    public static TheoryData<string> ResultFiles() => [.. Directory.GetFiles(Path.Combine(TestData.DataDirectory, "results"), "*.yaml").Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(ResultFiles))]
    public void TryRead_TheRepositoryResults_ReadsWhatYamlDotNetReads(string name)
    {
        var text = File.ReadAllText(Path.Combine(TestData.DataDirectory, "results", name));

        var simple = SimpleResultsFile.TryRead(text.AsSpan());

        simple.ShouldNotBeNull($"{name} should have the simple shape");
        ShouldMatchYamlDotNet(text, simple);
    }

    [Theory]
    [InlineData("source: a\nresults:\n  - model: m\n    value: 42.8   # a comment\n    passage: \"x \\\"y\\\" \\u00e9\\n z\"\n    notes: 'it''s'\n")]
    [InlineData("# head\nsource: \"a\"\n\nresults:\n- model: m\n  benchmark: b # c\n  setting: with tools, Contemplating\n")]
    [InlineData("source: a\nresults:\n  - model: m\n    value: 1e3\n  - model: null\n    setting: ~\n")]
    public void TryRead_SimpleShapes_ReadsWhatYamlDotNetReads(string text)
    {
        var simple = SimpleResultsFile.TryRead(text.AsSpan());

        simple.ShouldNotBeNull();
        ShouldMatchYamlDotNet(text, simple);
    }

    [Theory]
    [InlineData("source: a\nresults:\n  - model: m\n    notes: >-\n      folded\n")]
    [InlineData("source: a\nresults:\n  - model: m\n    notes: \"two\n      lines\"\n")]
    [InlineData("source: a\nresults:\n  - model: m\n    model: n\n")]
    [InlineData("source: a\nresults:\n  - model: [m]\n")]
    [InlineData("source: a\nresults:\n  - model: m\n     value: 1\n")]
    [InlineData("source: a\nresults:\n  - model: m\n\tvalue: 1\n")]
    [InlineData("source: a\nresults:\n  - model: a: b\n")]
    [InlineData("source: a\nresults:\n  - model: \"\\x41\"\n")]
    [InlineData("source: a\nresults:\n  - model:\n")]
    [InlineData("source: a\nresults: []\n")]
    [InlineData("source: a\nother: b\nresults:\n  - model: m\n")]
    public void TryRead_OtherShapes_GivesUp(string text) => SimpleResultsFile.TryRead(text.AsSpan()).ShouldBeNull();

    private static void ShouldMatchYamlDotNet(string text, SimpleResultsFile.Parsed simple)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var source = root.Children.Single(c => ((YamlScalarNode)c.Key).Value == "source");
        Compare(simple.Source!.Value, source);
        var results = (YamlSequenceNode)root.Children[new YamlScalarNode("results")];
        simple.Items.Count.ShouldBe(results.Children.Count);
        for (var i = 0; i < results.Children.Count; i++)
        {
            var mapping = (YamlMappingNode)results.Children[i];
            simple.Items[i].Position.ShouldBe(DataPosition.From(mapping.Start));
            simple.Items[i].Entries.Length.ShouldBe(mapping.Children.Count);
            var j = 0;
            foreach (var entry in mapping.Children)
            {
                Compare(simple.Items[i].Entries[j++], entry);
            }
        }
    }

    private static void Compare(SimpleResultsFile.Entry entry, KeyValuePair<YamlNode, YamlNode> node)
    {
        var key = (YamlScalarNode)node.Key;
        var value = (YamlScalarNode)node.Value;
        entry.Key.ShouldBe(key.Value);
        entry.Value.ShouldBe(value.Value);
        entry.Plain.ShouldBe(value.Style == YamlDotNet.Core.ScalarStyle.Plain);
        entry.KeyPosition.ShouldBe(DataPosition.From(key.Start));
        entry.ValuePosition.ShouldBe(DataPosition.From(value.Start));
    }
}
