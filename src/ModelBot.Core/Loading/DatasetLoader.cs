using ModelBot.Core.Dataset;
using ModelBot.Core.Validation;

namespace ModelBot.Core.Loading;

/// <summary>
/// Loads and validates a data directory (sources.yaml, models.yaml, benchmarks.yaml, results/*.yaml; see
/// data/README.md). Bad data never throws: every problem comes back as a <see cref="DatasetError"/> naming the
/// file, line and column.
/// </summary>
public sealed class DatasetLoader
{
    /// <summary>Loads the data directory at <paramref name="directory"/>.</summary>
    public DatasetLoadResult Load(string directory)
    {
        var errors = new ErrorSink();
        if (!Directory.Exists(directory))
        {
            errors.Add(".", DataPosition.Start, $"data directory not found: {Path.GetFullPath(directory)}");
            return DatasetLoadResult.Failure(errors.Sorted());
        }

        // models.yaml (YamlDotNet) is read while the results files are (the fast reader, in parallel): each file is
        // read by one thread, so its errors keep their order, and errors are sorted by file in the end.
        var readingModels = Task.Run(() => ReadList(directory, DataFiles.Models, "models", ModelReader.Keys, ModelReader.Read, errors));
        var sources = ReadList(directory, DataFiles.Sources, "sources", SourceReader.Keys, SourceReader.Read, errors);
        var benchmarks = ReadList(directory, DataFiles.Benchmarks, "benchmarks", BenchmarkReader.Keys, BenchmarkReader.Read, errors);
        var resultFiles = ReadResultFiles(directory, errors);
        var models = readingModels.GetAwaiter().GetResult();
        var parsed = new ParsedDataset(sources ?? [], models ?? [], benchmarks ?? [], resultFiles)
        {
            SourcesRead = sources is not null,
            ModelsRead = models is not null,
            BenchmarksRead = benchmarks is not null,
        };
        DatasetValidator.Validate(parsed);
        var vocabulary = VocabularyReader.Read(
            directory,
            errors,
            parsed.Benchmarks.Select(b => b.Value.Id).ToHashSet(StringComparer.Ordinal),
            parsed.Sources.Select(s => s.Value.Id).ToHashSet(StringComparer.Ordinal));
        if (errors.HasErrors)
        {
            return DatasetLoadResult.Failure(errors.Sorted());
        }

        var results = new List<Result>();
        foreach (var file in parsed.ResultFiles)
        {
            foreach (var located in file.Results)
            {
                results.Add(located.Value);
            }
        }

        return DatasetLoadResult.Success(new CuratedDataset(
            [.. parsed.Models.Select(m => m.Value)],
            [.. parsed.Benchmarks.Select(b => b.Value)],
            [.. parsed.Sources.Select(s => s.Value)],
            results)
        {
            Vocabulary = vocabulary ?? Phrasing.QuestionVocabulary.Empty,
        });
    }

    private static List<Located<T>>? ReadList<T>(string directory, string file, string key, string[] itemKeys, Func<YamlMap, Located<T>?> read, ErrorSink errors)
    {
        var text = YamlDocumentReader.ReadText(Path.Combine(directory, file), file, errors);
        if (text is null)
        {
            return null;
        }

        // A large list (20,000 models) is read in pieces in parallel, each piece's tree dropped once read; when a
        // piece does not parse, the whole file is read for the parser's own message and position.
        if (ListFileSplitter.Split(text, key, Environment.ProcessorCount * 4) is { } pieces)
        {
            var lists = new List<Located<T>>?[pieces.Count];
            var sinks = new ErrorSink[pieces.Count];
            Parallel.For(0, pieces.Count, i =>
            {
                sinks[i] = errors.Buffer();
                lists[i] = ReadItems(pieces[i].Open(), pieces[i].Parse(), file, key, itemKeys, read, sinks[i]);
            });
            if (Array.TrueForAll(lists, list => list is not null))
            {
                var all = new List<Located<T>>(lists.Sum(list => list!.Count));
                for (var i = 0; i < lists.Length; i++)
                {
                    sinks[i].Commit();
                    all.AddRange(lists[i]!);
                }

                return all;
            }
        }

        return ReadItems(new StringReader(text), BlockYamlParser.TryParse(text), file, key, itemKeys, read, errors);
    }

    private static List<Located<T>>? ReadItems<T>(TextReader text, BlockYamlParser? fast, string file, string key, string[] itemKeys, Func<YamlMap, Located<T>?> read, ErrorSink errors)
    {
        var root = YamlDocumentReader.ReadRootText(text, file, errors, [key], fast);
        if (root is null)
        {
            return null;
        }

        var list = new List<Located<T>>();
        var kind = key.TrimEnd('s');
        foreach (var node in YamlDocumentReader.Items(root, key))
        {
            var item = read(new YamlMap(node, file, errors, kind, itemKeys));
            if (item is not null)
            {
                list.Add(item with { Map = item.Map.Detach() });
            }
        }

        return list;
    }

    private static List<ParsedResultFile> ReadResultFiles(string directory, ErrorSink errors)
    {
        var files = new List<ParsedResultFile>();
        var resultsDirectory = Path.Combine(directory, DataFiles.ResultsDirectory);
        if (!Directory.Exists(resultsDirectory))
        {
            errors.Add(DataFiles.ResultsDirectory, DataPosition.Start, "directory not found: results go in results/<source-id>.yaml");
            return files;
        }

        var paths = Directory.GetFiles(resultsDirectory);
        Array.Sort(paths, StringComparer.Ordinal);
        var toRead = new List<(string Path, string File)>(paths.Length);
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var file = $"{DataFiles.ResultsDirectory}/{name}";
            if (name.StartsWith('.'))
            {
                // Editors' hidden lock and swap files.
                continue;
            }
            if (!name.EndsWith(DataFiles.Extension, StringComparison.Ordinal))
            {
                if (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(file, DataPosition.Start, $"results files end in '{DataFiles.Extension}': rename it to {Path.GetFileNameWithoutExtension(name)}{DataFiles.Extension}");
                }

                continue;
            }

            toRead.Add((path, file));
        }

        // Files are read in parallel (one thread per file, so each file's errors keep their order, and errors are
        // sorted by file in the end); each file's YAML tree is dropped once its results are read, and the ids,
        // settings and evaluators that repeat across results are stored once.
        var read = new ParsedResultFile?[toRead.Count];
        var strings = new StringPool();
        Parallel.For(0, toRead.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            read[i] = ReadResultFile(toRead[i].Path, toRead[i].File, errors, strings));
        foreach (var parsed in read)
        {
            if (parsed is not null)
            {
                files.Add(parsed);
            }
        }

        return files;
    }

    private static ParsedResultFile? ReadResultFile(string path, string file, ErrorSink errors, StringPool strings)
    {
        var subject = $"results file '{Path.GetFileName(path)}'";

        // The shape every results file has is read without YamlDotNet's document tree; anything else goes through it.
        // The text goes into a pooled buffer: a large dataset's files are not each a large string left for the GC.
        using (var text = PooledText.Read(path))
        {
            if (text is not null && SimpleResultsFile.TryRead(text.Span, new FileStringPool()) is { Source: { } sourceEntry } simple)
            {
                var rootEntries = new[] { sourceEntry };
                var simpleRoot = new YamlMap(rootEntries, RootPosition(sourceEntry, simple.ResultsKey), file, errors, "file", ["source", "results"]) { Subject = subject };
                var declared = simpleRoot.String("source", required: true);
                var read = new List<Located<Result>>(simple.Items.Count);
                foreach (var item in simple.Items)
                {
                    // A map of scalars holds no YAML nodes: nothing to detach.
                    if (ResultReader.Read(new YamlMap(item.Entries, item.Position, file, errors, "result", ResultReader.Keys), declared, strings) is { } located)
                    {
                        read.Add(located);
                    }
                }

                return new ParsedResultFile(file, declared, simpleRoot.Detach(), read);
            }
        }

        var root = YamlDocumentReader.ReadRoot(path, file, errors, ["source", "results"]);
        if (root is null)
        {
            return null;
        }

        root.Subject = subject;
        var source = root.String("source", required: true);
        var results = new List<Located<Result>>();
        foreach (var node in YamlDocumentReader.Items(root, "results"))
        {
            var item = ResultReader.Read(new YamlMap(node, file, errors, "result", ResultReader.Keys), source, strings);
            if (item is not null)
            {
                results.Add(item with { Map = item.Map.Detach() });
            }
        }

        return new ParsedResultFile(file, source, root.Detach(), results);
    }

    /// <summary>Where the root mapping starts: at its first key.</summary>
    private static DataPosition RootPosition(SimpleResultsFile.Entry source, DataPosition results) =>
        source.KeyPosition.Line <= results.Line ? source.KeyPosition : results;
}
