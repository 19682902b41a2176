using ModelBot.Commands.Answers;

namespace ModelBot.Rendering.Tests;

/// <summary>Hand-built answers that look like what the query service produces, for golden files and limit tests.</summary>
internal static class SampleAnswers
{
    private static readonly SourceNote Meta = new(1, "dayahimour-muse-spark", "Muse Spark: When Meta Betrays Open Source and Rejoins the Race from Behind", "AI DayaHimour Team", "2026-04-11", "004_6e36e93f2b73660a.txt");
    private static readonly SourceNote Reversal = new(2, "muse-spark-stunning-reversal", "Meta's Muse Spark Marks a Stunning Reversal: Why the Company That Built Open-Source AI Just Went Closed-Source", "unknown", null, "001_455b69e1a59db10a.txt");

    public static Answer Compare { get; } = new()
    {
        Ok = true,
        Command = "compare",
        Title = "Muse Spark vs GPT-5.4",
        Summary = "**GPT-5.4** leads 3 of 5 shared benchmarks; **Muse Spark** leads 2.",
        Tables =
        [
            new AnswerTable
            {
                Caption = "Shared benchmarks",
                Columns = ["Benchmark", "Setting", "Muse Spark", "GPT-5.4"],
                Rows =
                [
                    Row("ARC-AGI-2", "default", Figure(42.5, "42.5", false, 1), Figure(76.1, "76.1", true, 1)),
                    Row("HealthBench Hard", "default", Figure(42.8, "42.8", true, 1), Figure(40.1, "40.1", false, 1)),
                    Row("Humanity's Last Exam", "no tools", Figure(39.9, "39.9", false, 2), Figure(41.6, "41.6", true, 1)),
                    Row("CharXiv Reasoning", "default", Figure(86.4, "86.4", true, 1), Figure(82.8, "82.8", false, 1)),
                    Row("Output tokens (AA index)", "default", Figure(58, "58M", false, 2), Figure(120, "120M", true, 2, disputed: true)),
                ],
            },
        ],
        Results =
        [
            Result("muse-spark", "arc-agi-2", 42.5, "%", "dayahimour-muse-spark", 1, "Meta"),
            Result("gpt-5.4", "arc-agi-2", 76.1, "%", "dayahimour-muse-spark", 1, "Meta"),
        ],
        Sources = [Meta, Reversal],
        Notes = ["Output tokens: lower is better.", "GPT-5.4 on HealthBench Hard: 41.2 in one article, 40.1 in another."],
    };

    /// <summary>Six models side by side: too wide for a code block in a chat message.</summary>
    public static Answer WideCompare { get; } = new()
    {
        Ok = true,
        Command = "compare",
        Title = "Muse Spark vs GPT-5.4 vs Gemini 3.1 Pro vs Claude Opus 4.6 vs Grok 4.2 vs Gemma 4",
        Summary = "**Gemini 3.1 Pro** leads 1 of 2 shared benchmarks.",
        Tables =
        [
            new AnswerTable
            {
                Caption = "Shared benchmarks",
                Columns = ["Benchmark", "Setting", "Muse Spark", "GPT-5.4", "Gemini 3.1 Pro", "Claude Opus 4.6", "Grok 4.2", "Gemma 4"],
                Rows =
                [
                    Row("ARC-AGI-2", "default", Figure(42.5, "42.5", false, 1), Figure(76.1, "76.1", false, 1), Figure(76.5, "76.5", true, 1), Figure(63.3, "63.3", false, 1), Text("—"), Text("—")),
                    Row("HealthBench Hard", "default", Figure(42.8, "42.8", true, 1), Figure(40.1, "40.1", false, 2, disputed: true), Figure(20.6, "20.6", false, 1), Figure(14.8, "14.8", false, 1), Figure(20.3, "20.3", false, 1), Text("—")),
                ],
            },
        ],
        Sources = [Meta, Reversal],
    };

    public static Answer Leaderboard { get; } = new()
    {
        Ok = true,
        Command = "benchmark",
        Title = "ARC-AGI-2 leaderboard",
        Summary = "Abstract reasoning puzzles; higher is better. **Gemini 3.1 Pro** leads.",
        Facts = [new AnswerFact("Metric", "accuracy (%)", []), new AnswerFact("Direction", "higher is better", [])],
        Tables =
        [
            new AnswerTable
            {
                Caption = "default",
                Columns = ["#", "Model", "Score", "Evaluator"],
                ChartColumn = 2,
                Rows =
                [
                    Row("1", "Gemini 3.1 Pro", Figure(76.5, "76.5", true, 1), Text("Meta")),
                    Row("2", "GPT-5.4", Figure(76.1, "76.1", false, 1), Text("Meta")),
                    Row("3", "Claude Opus 4.6", Figure(63.3, "63.3", false, 1), Text("Meta")),
                    Row("4", "Muse Spark", Figure(42.5, "42.5", false, 1), Text("Meta")),
                ],
            },
        ],
        Sources = [Meta],
        Notes = ["No figure for Grok 4.2."],
    };

    public static Answer Profile { get; } = new()
    {
        Ok = true,
        Command = "model",
        Title = "Muse Spark (Meta)",
        Summary = "Closed-weights model from Meta Superintelligence Labs, codename **Avocado**.",
        Facts =
        [
            new AnswerFact("Vendor", "Meta", [1]),
            new AnswerFact("Released", "2026-04-08", [1]),
            new AnswerFact("Weights", "closed", [1, 2]),
            new AnswerFact("Context window", "262,144 tokens", [1]),
            new AnswerFact("Modes", "Instant, Thinking, Contemplating", [1]),
        ],
        Tables =
        [
            new AnswerTable
            {
                Caption = "Results",
                Columns = ["Benchmark", "Setting", "Value", "Evaluator"],
                Rows =
                [
                    Row("ARC-AGI-2", "default", Figure(42.5, "42.5%", false, 1), Text("Meta")),
                    Row("Humanity's Last Exam", "no tools", Figure(42.8, "42.8%", false, 1), Text("Meta")),
                    Row("Humanity's Last Exam", "no tools", Figure(39.9, "39.9%", false, 2), Text("Artificial Analysis")),
                    Row("HealthBench Hard", "default", Figure(42.8, "42.8%", false, 1), Text("Meta")),
                ],
            },
        ],
        Sources = [Meta, Reversal],
        Notes = ["Humanity's Last Exam: Meta reports 42.8, Artificial Analysis measured 39.9."],
    };

    public static Answer Error { get; } = new()
    {
        Ok = false,
        Command = "model",
        Title = "Unknown model",
        Error = "I don't know a model called \"gtp 5.4\".",
        Suggestions = ["gpt-5.4", "gpt-5.5"],
        Ephemeral = true,
    };

    public static Answer Help { get; } = new()
    {
        Ok = true,
        Command = "help",
        Title = "ModelBot — what I can do",
        Summary = "Ask about AI models and their benchmark results. Every figure carries its source.",
        Tables =
        [
            new AnswerTable
            {
                Caption = "Commands",
                Columns = ["Command", "What it does"],
                Rows =
                [
                    Row("/compare <model> <model>", "Side by side on every shared benchmark"),
                    Row("/benchmark <benchmark> [setting]", "The leaderboard for one benchmark"),
                    Row("/model <model>", "A model's profile and results"),
                    Row("/ask <question>", "A free-text question"),
                    Row("/help", "This message"),
                ],
            },
        ],
        Ephemeral = true,
    };

    /// <summary>200 rows, 5000-character notes, many facts and sources: must be paged or visibly cut, never rejected.</summary>
    public static Answer Huge { get; } = BuildHuge();

    /// <summary>The names of the samples every platform renders, as their golden files are named ("compare" → compare.slack.json).</summary>
    public static IReadOnlyList<string> Names { get; } = ["compare", "wide-compare", "benchmark", "model", "error", "help", "huge"];

    /// <summary>The sample called <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public static Answer Named(string name) => name switch
    {
        "compare" => Compare,
        "wide-compare" => WideCompare,
        "benchmark" => Leaderboard,
        "model" => Profile,
        "error" => Error,
        "help" => Help,
        "huge" => Huge,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no sample answer by that name"),
    };

    private static Answer BuildHuge()
    {
        var rows = new AnswerRow[200];
        for (var i = 0; i < rows.Length; i++)
        {
            var value = 100 - (i * 0.37);
            rows[i] = Row((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"Model number {i + 1} with a rather long display name", Figure(value, value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), i == 0, (i % 12) + 1), Text("Independent evaluator " + (i % 7)));
        }
        var sources = new SourceNote[12];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new SourceNote(i + 1, $"source-{i + 1}", new string('T', 150) + $" {i + 1}", "Publisher", "2026-04-11", $"{i:000}_ca18bac8ba8b8034.txt");
        }
        var facts = new AnswerFact[35];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new AnswerFact($"Fact {i + 1}", new string('v', 180), [1, 2, 3]);
        }
        return new Answer
        {
            Ok = true,
            Command = "benchmark",
            Title = "A benchmark with a very long name " + new string('x', 300),
            Summary = new string('s', 2000),
            Facts = facts,
            Tables =
            [
                new AnswerTable { Caption = "default", Columns = ["#", "Model", "Score", "Evaluator"], Rows = rows, ChartColumn = 2 },
                new AnswerTable { Caption = "with tools", Columns = ["#", "Model", "Score", "Evaluator"], Rows = rows[..37], ChartColumn = 2 },
            ],
            Sources = sources,
            Notes = [new string('n', 5000), "Second note.", new string('m', 900)],
        };
    }

    private static AnswerRow Row(string first, string second, params AnswerCell[] rest) =>
        new([new AnswerCell(first), new AnswerCell(second), .. rest]);

    private static AnswerRow Row(string first, string second) => new([new AnswerCell(first), new AnswerCell(second)]);

    private static AnswerCell Text(string text) => new(text);

    private static AnswerCell Figure(double value, string text, bool leader, int source, bool disputed = false) =>
        new(text, value, leader, [source], disputed);

    private static ResultFigure Result(string model, string benchmark, double value, string unit, string source, int sourceRef, string evaluator) => new()
    {
        Model = model,
        Benchmark = benchmark,
        Setting = "default",
        Value = value,
        Unit = unit,
        Source = source,
        SourceRef = sourceRef,
        Evaluator = evaluator,
    };
}
