using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;

namespace ModelBot.Core.Validation;

/// <summary>
/// The checks across entries and files: id format, duplicate ids, aliases two entities share, references to unknown
/// models, benchmarks and sources (with "did you mean"), impossible values, result files whose source disagrees
/// with their name, and repeated figures.
/// </summary>
internal static class DatasetValidator
{
    public static void Validate(ParsedDataset parsed)
    {
        var sources = UniqueIds(parsed.Sources, s => s.Id, "source");
        var models = UniqueIds(parsed.Models, m => m.Id, "model");
        var benchmarks = UniqueIds(parsed.Benchmarks, b => b.Id, "benchmark");
        NamesAreDistinct(parsed.Models, m => m.Id, m => m.Name, m => [("aliases", m.Aliases), ("spellings", m.Spellings)], "model");
        NamesAreDistinct(parsed.Benchmarks, b => b.Id, b => b.Name, b => [("aliases", b.Aliases)], "benchmark");
        if (parsed.SourcesRead)
        {
            ModelSourcesExist(parsed.Models, sources);
        }

        // Only an unknown model or benchmark needs "did you mean": a valid dataset never builds these indexes.
        var names = new Lazy<NameResolver>(() => new NameResolver([.. parsed.Models.Select(m => m.Value)], [.. parsed.Benchmarks.Select(b => b.Value)]), LazyThreadSafetyMode.None);
        foreach (var file in parsed.ResultFiles)
        {
            ResultFileMatchesSource(file, parsed.SourcesRead ? sources : null);
            var seen = new Dictionary<(string Model, string Benchmark, string Setting), Located<Result>>();
            foreach (var located in file.Results)
            {
                ResultIsValid(located, parsed.ModelsRead ? models : null, parsed.BenchmarksRead ? benchmarks : null, names);
                OneFigurePerSetting(located, seen);
            }
        }
    }

    private static Dictionary<string, Located<T>> UniqueIds<T>(IReadOnlyList<Located<T>> items, Func<T, string> id, string kind)
    {
        var byId = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = id(item.Value);
            if (!IdFormat.IsValid(value))
            {
                item.Map.Error(item.Map.PositionOf("id"), $"bad id '{value}': {IdFormat.Rule}");
            }

            if (!byId.TryAdd(value, item))
            {
                item.Map.Error(item.Map.PositionOf("id"), $"duplicate {kind} id '{value}' (first declared at line {byId[value].Map.Position.Line})");
            }
        }

        return byId;
    }

    private static void NamesAreDistinct<T>(
        IReadOnlyList<Located<T>> items,
        Func<T, string> id,
        Func<T, string> name,
        Func<T, IReadOnlyList<(string Key, IReadOnlyList<string> Names)>> otherNames,
        string kind)
    {
        var owners = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var itemId = id(item.Value);
            Claim(owners, item, itemId, "id", itemId, id, kind);
            Claim(owners, item, name(item.Value), "name", itemId, id, kind);
            foreach (var (key, names) in otherNames(item.Value))
            {
                foreach (var other in names)
                {
                    Claim(owners, item, other, key, itemId, id, kind);
                }
            }
        }
    }

    private static void Claim<T>(Dictionary<string, Located<T>> owners, Located<T> item, string text, string key, string itemId, Func<T, string> id, string kind)
    {
        var normalized = NameKey.Normalize(text);
        if (normalized.Length == 0)
        {
            item.Map.Error(item.Map.PositionOf(key), $"'{text}' in {kind} '{itemId}' has no letter or digit to match on");
            return;
        }

        if (!owners.TryGetValue(normalized, out var owner))
        {
            owners[normalized] = item;
            return;
        }

        var ownerId = id(owner.Value);
        if (ownerId != itemId)
        {
            item.Map.Error(item.Map.PositionOf(key), $"alias clash: '{text}' of {kind} '{itemId}' also names {kind} '{ownerId}' (line {owner.Map.Position.Line}); names must tell {kind}s apart");
        }
    }

    private static void ModelSourcesExist(IReadOnlyList<Located<Model>> models, Dictionary<string, Located<Source>> sources)
    {
        foreach (var model in models)
        {
            foreach (var source in model.Value.Sources)
            {
                if (!sources.ContainsKey(source))
                {
                    model.Map.Error(model.Map.PositionOf("sources"), $"unknown source '{source}' in model '{model.Value.Id}'{DidYouMean(source, sources.Keys)}");
                }
            }

            foreach (var (fact, passages) in model.Value.FactPassages)
            {
                foreach (var passage in passages.DistinctBy(p => p.Source, StringComparer.Ordinal))
                {
                    var position = new DataPosition(passage.Line, passage.Column);
                    if (!sources.ContainsKey(passage.Source))
                    {
                        model.Map.Error(position, $"unknown source '{passage.Source}' in {FactPassageReader.Key}.{fact} of model '{model.Value.Id}'{DidYouMean(passage.Source, sources.Keys)}");
                    }
                    else if (!model.Value.Sources.Contains(passage.Source, StringComparer.Ordinal))
                    {
                        model.Map.Error(position, $"source '{passage.Source}' of {FactPassageReader.Key}.{fact} in model '{model.Value.Id}' is not in its 'sources': add it there{DidYouMean(passage.Source, model.Value.Sources)}");
                    }
                }
            }
        }
    }

    private static void ResultFileMatchesSource(ParsedResultFile file, Dictionary<string, Located<Source>>? sources)
    {
        if (file.DeclaredSource is null)
        {
            return;
        }

        var stem = Path.GetFileNameWithoutExtension(file.File);
        if (!string.Equals(stem, file.DeclaredSource, StringComparison.Ordinal))
        {
            file.Root.Error(file.Root.PositionOf("source"), $"source '{file.DeclaredSource}' disagrees with the file name '{stem}{DataFiles.Extension}': each source's results go in results/<source-id>.yaml");
        }

        if (sources is not null && !sources.ContainsKey(file.DeclaredSource))
        {
            file.Root.Error(file.Root.PositionOf("source"), $"unknown source '{file.DeclaredSource}': add it to {DataFiles.Sources}{DidYouMean(file.DeclaredSource, sources.Keys)}");
        }
    }

    private static void ResultIsValid(Located<Result> located, Dictionary<string, Located<Model>>? models, Dictionary<string, Located<Benchmark>>? benchmarks, Lazy<NameResolver> names)
    {
        var result = located.Value;
        var map = located.Map;
        if (models is not null && !models.ContainsKey(result.Model))
        {
            var suggestions = names.Value.SuggestModels(result.Model);
            map.Error(map.PositionOf("model"), $"unknown model '{result.Model}'{DidYouMean(suggestions.Select(m => m.Id))}");
        }

        if (benchmarks is null)
        {
            return;
        }

        if (!benchmarks.TryGetValue(result.Benchmark, out var benchmark))
        {
            var suggestions = names.Value.SuggestBenchmarks(result.Benchmark);
            map.Error(map.PositionOf("benchmark"), $"unknown benchmark '{result.Benchmark}'{DidYouMean(suggestions.Select(b => b.Id))}");
        }
        else
        {
            var problem = UnitRules.Problem(result.Value, benchmark.Value.Unit);
            if (problem is not null)
            {
                map.Error(map.PositionOf("value"), $"{problem} ({benchmark.Value.Id} is in {UnitName(benchmark.Value.Unit)})");
            }
        }
    }

    private static void OneFigurePerSetting(Located<Result> located, Dictionary<(string Model, string Benchmark, string Setting), Located<Result>> seen)
    {
        var result = located.Value;
        var key = (result.Model, result.Benchmark, NameKey.Normalize(result.Setting));
        if (!seen.TryGetValue(key, out var first))
        {
            seen[key] = located;
            return;
        }

        var firstLine = first.Map.Position.Line;
        var message = first.Value.Value.Equals(result.Value)
            ? $"duplicate result: '{result.Model}' on '{result.Benchmark}' ({result.Setting}) = {result.Value} already appears at line {firstLine}; keep one and mention the repetition in its notes"
            : $"second figure for '{result.Model}' on '{result.Benchmark}' ({result.Setting}) in one source (first at line {firstLine}, {first.Value.Value}); one figure per model, benchmark and setting within a source";
        located.Map.Error(located.Map.Position, message);
    }

    private static string UnitName(Unit unit) => unit switch
    {
        Unit.Percent => "percent",
        Unit.Score => "score",
        Unit.Elo => "elo",
        Unit.Tokens => "tokens",
        Unit.MillionTokens => "million-tokens",
        _ => unit.ToString(),
    };

    private static string DidYouMean(string id, IEnumerable<string> known)
    {
        var threshold = Math.Max(1, EditDistance.Threshold(id.Length));
        return DidYouMean(known
            .Select(candidate => (Id: candidate, Distance: EditDistance.Compute(id, candidate, threshold)))
            .Where(pair => pair.Distance <= threshold)
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Id, StringComparer.Ordinal)
            .Select(pair => pair.Id));
    }

    private static string DidYouMean(IEnumerable<string> suggestions)
    {
        var list = suggestions.Take(3).ToList();
        return list.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", list.Select(s => $"'{s}'"))}?)";
    }
}
