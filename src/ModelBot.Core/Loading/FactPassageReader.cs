using ModelBot.Core.Dataset;
using YamlDotNet.RepresentationModel;

namespace ModelBot.Core.Loading;

/// <summary>
/// Reads a model's <c>fact_passages</c>: fact key → source id → the passage (or a list of passages) of that source
/// stating the fact. Every fact the model states needs one; a fact it does not state may have none. Whether each
/// source exists and is one of the model's <c>sources</c> is checked with the other files (DatasetValidator).
/// </summary>
internal static class FactPassageReader
{
    public const string Key = "fact_passages";

    private const string Example = "{ vendor: { source-id: \"the article's sentence\" } }";

    /// <param name="map">The model.</param>
    /// <param name="stated">For each of <see cref="ModelReader.FactKeys"/>, whether the model states that fact.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<FactPassage>> Read(YamlMap map, IReadOnlyDictionary<string, bool> stated)
    {
        var passages = new Dictionary<string, IReadOnlyList<FactPassage>>(StringComparer.Ordinal);
        var facts = map.Nested(Key, ModelReader.FactKeys, Example);
        foreach (var fact in ModelReader.FactKeys)
        {
            var node = facts?.Raw(fact);
            if (!stated[fact])
            {
                if (node is not null)
                {
                    facts!.Error(facts.KeyPositionOf(fact), $"'{Key}' of {map.Subject} quotes a passage for '{fact}', which the model does not state: give the fact too, or remove the passage");
                }

                continue;
            }

            var read = node is null ? [] : ReadFact(facts!, $"{Key}.{fact} of {map.Subject}", node);
            if (read.Count == 0)
            {
                if (node is null)
                {
                    map.Error(map.KeyPositionOf(fact), $"missing passage: '{fact}' of {map.Subject} needs {Key}.{fact} with each source that states it and its verbatim passage, e.g. {Key}: {{ {fact}: {{ source-id: \"...\" }} }}");
                }

                continue;
            }

            passages[fact] = read;
        }

        return passages;
    }

    /// <summary>The passages under one fact; problems are reported and their entries skipped.</summary>
    /// <param name="subject">What messages call the fact's passages, e.g. "fact_passages.vendor of model 'gpt-5.4'".</param>
    private static List<FactPassage> ReadFact(YamlMap facts, string subject, YamlNode node)
    {
        var passages = new List<FactPassage>();
        if (node is not YamlMappingNode bySource || bySource.Children.Count == 0)
        {
            facts.Error(DataPosition.From(node.Start), $"{subject} must map each source id to its passage, e.g. {{ source-id: \"...\" }}");
            return passages;
        }

        foreach (var (key, value) in bySource.Children)
        {
            var position = DataPosition.From(key.Start);
            if (key is not YamlScalarNode { Value: { Length: > 0 } source })
            {
                facts.Error(position, $"a key of {subject} must be a source id");
                continue;
            }

            var texts = value switch
            {
                YamlScalarNode scalar when !YamlMap.IsNull(scalar) => [scalar],
                YamlSequenceNode sequence => sequence.Children,
                _ => (IList<YamlNode>)[],
            };
            if (texts.Count == 0)
            {
                facts.Error(DataPosition.From(value.Start), $"passage of '{source}' in {subject} is empty: quote the sentence of the article that states it");
                continue;
            }

            foreach (var text in texts)
            {
                if (text is not YamlScalarNode { Value: { } passage } || YamlMap.IsNull(text) || string.IsNullOrWhiteSpace(passage))
                {
                    facts.Error(DataPosition.From(text.Start), $"passage of '{source}' in {subject} must be the article's text in quotes, not empty, a list or a mapping");
                    continue;
                }

                passages.Add(new FactPassage(source, passage) { Line = position.Line, Column = position.Column });
            }
        }

        return passages;
    }
}
