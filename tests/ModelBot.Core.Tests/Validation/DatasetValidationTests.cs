using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Validation;

public class DatasetValidationTests
{
    private const string Models = "models.yaml";
    private const string Benchmarks = "benchmarks.yaml";
    private const string Sources = "sources.yaml";
    private const string Alpha = "results/alpha-article.yaml";
    private const string Beta = "results/beta-article.yaml";

    [Theory]
    [InlineData("    overall: true\n", true, null)]
    [InlineData("", false, null)]
    [InlineData("    overall: sometimes\n", false, "'overall' of topic 'overall' is 'sometimes', expected true or false")]
    public void Load_VocabularyTopic_ReadsWhetherItMeansTheModelsAsAWhole(string line, bool overall, string? error)
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Write("vocabulary.yaml", "facts: []\nevaluators: []\noperations: []\ntopics:\n  - label: overall\n    words: [overall, smartest]\n    benchmarks: [bench-pct]\n" + line);

        var result = new DatasetLoader().Load(data.Path);

        if (error is null)
        {
            result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
            result.Dataset!.Vocabulary.Topics.Single().Overall.ShouldBe(overall);
        }
        else
        {
            string.Join(Environment.NewLine, result.Errors).ShouldContain(error);
        }
    }

    [Fact]
    public void Load_SmallDataset_IsValid()
    {
        using var data = TempDataDirectory.WithSmallDataset();

        var result = new DatasetLoader().Load(data.Path);

        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
        result.Dataset!.Models.Count.ShouldBe(3);
        result.Dataset.Results.Count.ShouldBe(5);
    }

    [Theory]
    [InlineData(Alpha, "benchmark: bench-tokens", "benchmrk: bench-tokens", "benchmrk: bench-tokens", "unknown key 'benchmrk' in result (did you mean 'benchmark'?)")]
    [InlineData(Models, "id: model-c", "id: Model_C", "id: Model_C", "bad id 'Model_C': ids are kebab-case")]
    [InlineData(Models, "id: model-c", "id: model-b", "id: model-b\n    name: Other C", "duplicate model id 'model-b' (first declared at line 25)")]
    [InlineData(Benchmarks, "id: bench-elo", "id: bench-pct", "id: bench-pct\n    name: Bench Elo", "duplicate benchmark id 'bench-pct' (first declared at line 2)")]
    [InlineData(Sources, "id: beta-article", "id: alpha-article", "id: alpha-article\n    title: \"Beta\"", "duplicate source id 'alpha-article' (first declared at line 2)")]
    [InlineData(Models, "name: Other C\n", "name: Other C\n    aliases: [avocado]\n", "aliases: [avocado]", "alias clash: 'avocado' of model 'model-c' also names model 'model-a' (line 2)")]
    [InlineData(Models, "name: Other C\n", "name: Model-A\n", "name: Model-A", "alias clash: 'Model-A' of model 'model-c' also names model 'model-a'")]
    [InlineData(Alpha, "model: model-a", "model: modle-a", "model: modle-a", "unknown model 'modle-a' (did you mean 'model-a'")]
    [InlineData(Beta, "benchmark: bench-elo", "benchmark: bench-el0", "benchmark: bench-el0", "unknown benchmark 'bench-el0' (did you mean 'bench-elo'")]
    [InlineData(Models, "sources: [beta-article]", "sources: [beta-artcle]", "sources: [beta-artcle]", "unknown source 'beta-artcle' in model 'model-c' (did you mean 'beta-article'?)")]
    [InlineData(Models, "    sources: [beta-article]\n", "", "id: model-c", "missing source: model 'model-c' lists no 'sources'")]
    [InlineData(Alpha, "source: alpha-article", "source: beta-article", "source: beta-article", "source 'beta-article' disagrees with the file name 'alpha-article.yaml'")]
    [InlineData(Alpha, "    passage: \"B used 120M.\"\n", "", "model: model-b\n    benchmark: bench-tokens", "missing passage: result for 'model-b' on 'bench-tokens' needs the verbatim 'passage'")]
    [InlineData(Alpha, "value: 42.8", "value: 142.8", "value: 142.8", "value 142.8 is impossible for a percentage (0–100) (bench-pct is in percent)")]
    [InlineData(Alpha, "value: 42.8", "value: -0.5", "value: -0.5", "value -0.5 is impossible for a percentage")]
    [InlineData(Alpha, "value: 120", "value: -120", "value: -120", "value -120 is impossible for a token count (must not be negative)")]
    [InlineData(Beta, "value: 1444", "value: -1444", "value: -1444", "value -1444 is impossible for an Elo rating")]
    [InlineData(Alpha, "value: 42.8", "value: .nan", "value: .nan", "value NaN is not a finite number")]
    [InlineData(Beta, "value: 1444", "value: 1,444", "value: 1,444", "'value' of result for 'model-b' on 'bench-elo' is '1,444', not a number")]
    [InlineData(Beta, "    notes: \"Alpha gives 40.1.\"\n", "", "disputed: true", "is disputed but has no 'notes' naming the official figure")]
    [InlineData(Benchmarks, "unit: elo", "unit: rating", "unit: rating", "'unit' of benchmark 'bench-elo' is 'rating', expected one of: percent, score, elo, tokens, million-tokens")]
    [InlineData(Benchmarks, "unit: elo", "unit: elo\n    category: Helth", "category: Helth", "'category' of benchmark 'bench-elo' is 'Helth', expected one of: Multimodal, Text / Reasoning, Health, Agentic (did you mean 'Health'?)")]
    [InlineData(Benchmarks, "unit: elo", "unit: elo\n    category: text/reasoning", "category: text/reasoning", "is 'text/reasoning', expected one of: Multimodal, Text / Reasoning, Health, Agentic (did you mean 'Text / Reasoning'?)")]
    [InlineData(Benchmarks, "unit: elo", "unit: elo\n    category: Cooking", "category: Cooking", "'category' of benchmark 'bench-elo' is 'Cooking', expected one of: Multimodal, Text / Reasoning, Health, Agentic")]
    [InlineData(Models, "weights: open", "weights: yes", "weights: yes", "'weights' of model 'model-b' is 'yes', expected one of: open, closed, unknown")]
    [InlineData(Models, "release_date: 2026-04-08", "release_date: April 2026", "release_date: April 2026", "not a date (write yyyy-mm-dd, or yyyy-mm when only the month is stated)")]
    [InlineData(Models, "release_date: 2026-04-08", "release_date: 2026-13", "release_date: 2026-13", "not a date")]
    [InlineData(Models, "context_window: 262000", "context_window: 262,000", "context_window: 262,000", "not a whole number")]
    // Provenance: each stated fact quotes, per source that states it, the passage that says so.
    [InlineData(Models, "    vendor: Zenith\n", "", "vendor: { beta-article: \"Zenith's C\" }", "'fact_passages' of model 'model-c' quotes a passage for 'vendor', which the model does not state")]
    [InlineData(Models, "    fact_passages:\n      vendor: { beta-article: \"Zenith's C\" }\n", "", "vendor: Zenith", "missing passage: 'vendor' of model 'model-c' needs fact_passages.vendor")]
    [InlineData(Models, "      licence: { alpha-article: \"A is proprietary.\" }\n", "", "licence: proprietary", "missing passage: 'licence' of model 'model-a'")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "vendr: { beta-article: \"Zenith's C\" }", "vendr: {", "unknown key 'vendr' in 'fact_passages' of model 'model-c' (did you mean 'vendor'?)")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "notes: { beta-article: \"Zenith's C\" }", "notes: {", "unknown key 'notes' in 'fact_passages' of model 'model-c'")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "vendor: { beta-artcle: \"Zenith's C\" }", "beta-artcle", "unknown source 'beta-artcle' in fact_passages.vendor of model 'model-c' (did you mean 'beta-article'?)")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "vendor: { alpha-article: \"Zenith's C\" }", "alpha-article: \"Zenith", "source 'alpha-article' of fact_passages.vendor in model 'model-c' is not in its 'sources'")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "vendor: { beta-article: \"\" }", "vendor: { beta-article: \"\" }", "passage of 'beta-article' in fact_passages.vendor of model 'model-c' must be the article's text")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "vendor: { beta-article: }", "vendor: { beta-article: }", "passage of 'beta-article' in fact_passages.vendor of model 'model-c' is empty")]
    [InlineData(Models, "vendor: { beta-article: \"Zenith's C\" }", "vendor: \"Zenith's C\"", "vendor: \"Zenith's C\"", "fact_passages.vendor of model 'model-c' must map each source id to its passage")]
    [InlineData(Models, "    fact_passages:\n      vendor: { beta-article: \"Zenith's C\" }\n", "    fact_passages: [beta-article]\n", "fact_passages: [beta-article]", "'fact_passages' of model 'model-c' must be a mapping")]
    [InlineData(Models, "    fact_passages:\n      vendor: { beta-article: \"Zenith's C\" }\n", "    fact_passages:\n      vendor: { beta-article: \"Zenith's C\" }\n    fact_sources:\n      vendor: [beta-article]\n", "fact_sources:", "'fact_sources' of model 'model-c' is replaced by 'fact_passages'")]
    [InlineData(Models, "name: Other C\n", "name: Other C\n    spellings: [avocado]\n", "spellings: [avocado]", "alias clash: 'avocado' of model 'model-c' also names model 'model-a'")]
    [InlineData(Sources, "    publisher: unknown\n", "", "id: alpha-article", "missing required key 'publisher' in source 'alpha-article'")]
    [InlineData(Beta, "results:", "result:", "result:", "unknown key 'result' in file (did you mean 'results'?)")]
    [InlineData(Models, "models:", "modles:", "modles:", "unknown key 'modles' in file (did you mean 'models'?)")]
    [InlineData(Beta, "evaluator: not stated\n    passage: \"B is rated 1,444.\"", "evaluator: \"\"\n    passage: \"B is rated 1,444.\"", "evaluator: \"\"", "'evaluator' of result for 'model-b' on 'bench-elo' is empty")]
    public void Load_BadEdit_ReportsFileLineAndProblem(string file, string find, string replacement, string lineMarker, string message)
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace(file, find, replacement);

        var result = new DatasetLoader().Load(data.Path);

        result.IsValid.ShouldBeFalse();
        var expectedLine = data.LineOf(file, lineMarker);
        result.Errors.ShouldContain(
            e => e.File == file && e.Line == expectedLine && e.Message.Contains(message, StringComparison.Ordinal),
            $"expected {file}:{expectedLine}: {message}\nactual:\n{string.Join(Environment.NewLine, result.Errors)}");
    }

    [Fact]
    public void Load_FactPassages_GiveEachFactItsSourcesAndPositions()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace(Models, "    vendor: Zenith\n", "");
        data.Replace(Models, "    fact_passages:\n      vendor: { beta-article: \"Zenith's C\" }\n", "");

        var result = new DatasetLoader().Load(data.Path);

        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
        var c = result.Dataset!.ModelsById["model-c"];
        c.Vendor.ShouldBeNull();                      // a vendor no article states is omitted
        c.FactPassages.ShouldBeEmpty();
        var b = result.Dataset.ModelsById["model-b"];
        b.FactSources["vendor"].ShouldBe(["alpha-article"]);
        b.FactSources["weights"].ShouldBe(["alpha-article", "beta-article"]);
        b.FactPassages["weights"].Select(p => p.Passage).ShouldBe(["B is open.", "B's weights are open."]);
        b.FactPassages["weights"][1].Line.ShouldBe(data.LineOf(Models, "beta-article: \"B's weights"));
    }

    [Fact]
    public void Load_DuplicateIdenticalResult_ReportsTheRepeat()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Write(Beta, SmallDataset.BetaResults + """
              - model: model-b
                benchmark: bench-elo
                setting: Default
                value: 1444
                evaluator: not stated
                passage: "B is rated 1,444."

            """);

        var result = new DatasetLoader().Load(data.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(Beta);
        error.Line.ShouldBe(18);
        error.Message.ShouldBe("duplicate result: 'model-b' on 'bench-elo' (Default) = 1444 already appears at line 3; keep one and mention the repetition in its notes");
    }

    [Fact]
    public void Load_SecondFigureInOneSource_ReportsIt()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace(Beta, "benchmark: bench-elo\n    setting: default\n    value: 1444", "benchmark: bench-pct\n    setting: default\n    value: 14");

        var result = new DatasetLoader().Load(data.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe($"{Beta}:10:5: second figure for 'model-b' on 'bench-pct' (default) in one source (first at line 3, 14); one figure per model, benchmark and setting within a source");
    }

    [Fact]
    public void Load_MalformedYaml_ReportsWhereTheParserStopped()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace(Models, "name: Model B", "name: [Model B");

        var result = new DatasetLoader().Load(data.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(Models);
        error.Message.ShouldStartWith("malformed YAML: ");
        error.Line.ShouldBeGreaterThanOrEqualTo(data.LineOf(Models, "name: [Model B"));
    }

    [Theory]
    [InlineData("title: \"Alpha\"", "title: \"Alpha")]
    [InlineData("publisher: unknown", "publisher: unknown: really")]
    [InlineData("file: 000_alpha.txt", "  file: 000_alpha.txt")]
    public void Load_MalformedSources_ReportsMalformedYamlWithPosition(string find, string replacement)
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace(Sources, find, replacement);

        var result = new DatasetLoader().Load(data.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(Sources);
        error.Message.ShouldStartWith("malformed YAML: ");
        error.Line.ShouldBeGreaterThanOrEqualTo(data.LineOf(Sources, replacement));
    }

    [Fact]
    public void Load_KeyTwiceInOneEntry_ReportsTheRepeat()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Replace(Models, "name: Other C\n", "name: Other C\n    name: Other Cee\n");

        var result = new DatasetLoader().Load(data.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(Models);
        error.Line.ShouldBe(data.LineOf(Models, "name: Other Cee"));
        error.Message.ShouldBe("malformed YAML: key 'name' appears twice in one entry");
    }

    [Fact]
    public void Load_MissingFile_ReportsFileNotFound()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        File.Delete(Path.Combine(data.Path, Benchmarks));

        var result = new DatasetLoader().Load(data.Path);

        result.Errors.Select(e => e.ToString()).ShouldContain("benchmarks.yaml:1:1: file not found");
    }

    [Fact]
    public void Load_ResultsFileForUnknownSource_ReportsUnknownSource()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        data.Write("results/gamma-article.yaml", SmallDataset.BetaResults.Replace("source: beta-article", "source: gamma-article", StringComparison.Ordinal));

        var result = new DatasetLoader().Load(data.Path);

        result.Errors.Select(e => e.ToString()).ShouldContain("results/gamma-article.yaml:1:9: unknown source 'gamma-article': add it to sources.yaml");
    }

    [Fact]
    public void Load_MissingDirectory_ReturnsErrorWithoutThrowing()
    {
        var result = new DatasetLoader().Load(Path.Combine(Path.GetTempPath(), "modelbot-missing-" + Guid.NewGuid().ToString("N")));

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("data directory not found: ");
    }

    [Fact]
    public void DatasetError_ToString_IsFileLineColumnMessage() =>
        new DatasetError("models.yaml", 12, 5, "bad id 'X'").ToString().ShouldBe("models.yaml:12:5: bad id 'X'");
}
