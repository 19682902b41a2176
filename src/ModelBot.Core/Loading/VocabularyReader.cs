using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Core.Loading;

/// <summary>Reads and checks data/vocabulary.yaml against the benchmarks, categories and sources it names.</summary>
internal static class VocabularyReader
{
    /// <summary>The model fields the <c>facts</c> section may name, by their models.yaml key.</summary>
    private static readonly Dictionary<string, ModelField> FieldsByKey =
        Enum.GetValues<ModelField>().ToDictionary(ModelFacts.Key, f => f, StringComparer.Ordinal);

    private static readonly string[] Operations = ["gap", "ratio", "list", "largest", "smallest", "explain"];

    /// <summary>The vocabulary, <see cref="QuestionVocabulary.Empty"/> when the file is absent, or null after reporting errors.</summary>
    public static QuestionVocabulary? Read(string directory, ErrorSink errors, IReadOnlyCollection<string> benchmarkIds, IReadOnlyCollection<string> sourceIds)
    {
        var path = Path.Combine(directory, DataFiles.Vocabulary);
        if (!File.Exists(path))
        {
            return QuestionVocabulary.Empty;
        }

        var root = YamlDocumentReader.ReadRoot(path, DataFiles.Vocabulary, errors, ["topics", "facts", "evaluators", "operations"]);
        if (root is null)
        {
            return null;
        }

        var topics = new List<TopicWords>();
        foreach (var node in YamlDocumentReader.Items(root, "topics"))
        {
            var map = new YamlMap(node, DataFiles.Vocabulary, errors, "topic", ["label", "words", "category", "benchmarks", "overall"]);
            var label = map.String("label", required: true);
            map.Subject = label is null ? "topic" : $"topic '{label}'";
            var words = Words(map);
            var category = map.String("category", required: false);
            var benchmarks = map.List("benchmarks");
            if (category is not null && !BenchmarkCategories.All.Contains(category))
            {
                map.Error(map.PositionOf("category"), $"{map.Subject}: unknown category '{category}'; categories: {string.Join(", ", BenchmarkCategories.All)}");
            }

            if ((category is null) == (benchmarks.Count == 0))
            {
                map.Error(map.Position, $"{map.Subject}: give either a 'category' or a list of 'benchmarks'");
            }

            foreach (var id in benchmarks.Where(id => !benchmarkIds.Contains(id)))
            {
                map.Error(map.PositionOf("benchmarks"), $"{map.Subject}: unknown benchmark '{id}'");
            }

            if (label is not null)
            {
                topics.Add(new TopicWords(label, words, category, benchmarks) { Overall = map.Boolean("overall", fallback: false) });
            }
        }

        var facts = new List<FactWords>();
        foreach (var node in YamlDocumentReader.Items(root, "facts"))
        {
            var map = new YamlMap(node, DataFiles.Vocabulary, errors, "fact words", ["fields", "words"]);
            var fields = new List<ModelField>();
            foreach (var key in map.List("fields"))
            {
                if (FieldsByKey.TryGetValue(key, out var field))
                {
                    fields.Add(field);
                }
                else
                {
                    map.Error(map.PositionOf("fields"), $"unknown model field '{key}'; fields: {string.Join(", ", FieldsByKey.Keys)}");
                }
            }

            facts.Add(new FactWords(fields, Words(map)));
        }

        var evaluators = new List<EvaluatorWords>();
        foreach (var node in YamlDocumentReader.Items(root, "evaluators"))
        {
            var map = new YamlMap(node, DataFiles.Vocabulary, errors, "evaluator words", ["evaluator", "source", "words"]);
            var evaluator = map.String("evaluator", required: true);
            var source = map.String("source", required: false);
            if (source is not null && !sourceIds.Contains(source))
            {
                map.Error(map.PositionOf("source"), $"unknown source '{source}'");
            }

            if (evaluator is not null)
            {
                evaluators.Add(new EvaluatorWords(evaluator, source, Words(map)));
            }
        }

        var operations = new List<OperationWords>();
        foreach (var node in YamlDocumentReader.Items(root, "operations"))
        {
            var map = new YamlMap(node, DataFiles.Vocabulary, errors, "operation words", ["operation", "words"]);
            var operation = map.String("operation", required: true);
            if (operation is not null && !Operations.Contains(operation))
            {
                map.Error(map.PositionOf("operation"), $"unknown operation '{operation}'; operations: {string.Join(", ", Operations)}");
            }
            else if (operation is not null)
            {
                operations.Add(new OperationWords(operation, Words(map)));
            }
        }

        return new QuestionVocabulary(topics, facts, evaluators, operations);
    }

    private static IReadOnlyList<string> Words(YamlMap map)
    {
        var words = map.List("words");
        if (words.Count == 0)
        {
            map.Error(map.Has("words") ? map.PositionOf("words") : map.Position, $"{map.Subject}: no 'words'");
        }

        return words;
    }
}
