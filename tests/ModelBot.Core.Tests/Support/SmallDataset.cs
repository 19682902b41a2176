namespace ModelBot.Core.Tests.Support;

/// <summary>The text of a small valid data directory (two sources, three models, three benchmarks).</summary>
internal static class SmallDataset
{
    public const string Sources = """
        sources:
          - id: alpha-article
            title: "Alpha"
            publisher: unknown
            file: 000_alpha.txt

          - id: beta-article
            title: "Beta"
            publisher: "Beta Team"
            date: 2026-04-11
            file: 001_beta.txt

        """;

    public const string Models = """
        models:
          - id: model-a
            name: Model A
            aliases: [Avocado]
            vendor: Acme
            release_date: 2026-04-08
            weights: closed
            licence: proprietary
            context_window: 262000
            input_modalities: [text, image]
            output_modalities: [text]
            modes: [Fast, Deep]
            sources: [alpha-article]
            fact_passages:
              aliases: { alpha-article: "A, codenamed Avocado" }
              vendor: { alpha-article: "Acme released A." }
              release_date: { alpha-article: "On April 8, 2026, Acme released A." }
              weights: { alpha-article: "A is closed." }
              licence: { alpha-article: "A is proprietary." }
              context_window: { alpha-article: "A reads 262,000 tokens." }
              input_modalities: { alpha-article: "A reads text and images." }
              output_modalities: { alpha-article: "A writes text." }
              modes: { alpha-article: "A has Fast and Deep modes." }

          - id: model-b
            name: Model B
            vendor: Acme
            weights: open
            sources: [alpha-article, beta-article]
            fact_passages:
              vendor: { alpha-article: "Acme's B" }
              weights:
                alpha-article: "B is open."
                beta-article: "B's weights are open."

          - id: model-c
            name: Other C
            vendor: Zenith
            sources: [beta-article]
            fact_passages:
              vendor: { beta-article: "Zenith's C" }

        """;

    public const string Benchmarks = """
        benchmarks:
          - id: bench-pct
            name: Bench Percent
            aliases: [BP]
            measures: "Something in percent."
            metric: accuracy
            unit: percent
            direction: higher

          - id: bench-tokens
            name: Bench Tokens
            measures: "Output tokens used."
            metric: output tokens
            unit: million-tokens
            direction: lower

          - id: bench-elo
            name: Bench Elo
            measures: "Rated work."
            metric: Elo
            unit: elo
            direction: higher

        """;

    public const string AlphaResults = """
        source: alpha-article
        results:
          - model: model-a
            benchmark: bench-pct
            setting: default
            value: 42.8
            evaluator: Acme
            independent: false
            passage: "A scores 42.8."

          - model: model-b
            benchmark: bench-pct
            setting: default
            value: 40.1
            evaluator: Acme
            independent: false
            passage: "B scores 40.1."

          - model: model-b
            benchmark: bench-tokens
            setting: default
            value: 120
            evaluator: Someone Else
            independent: true
            passage: "B used 120M."

        """;

    public const string BetaResults = """
        source: beta-article
        results:
          - model: model-b
            benchmark: bench-elo
            setting: default
            value: 1444
            evaluator: not stated
            passage: "B is rated 1,444."

          - model: model-b
            benchmark: bench-pct
            setting: default
            value: 41.2
            evaluator: not stated
            passage: "B scores 41.2."
            disputed: true
            notes: "Alpha gives 40.1."

        """;

    public static IReadOnlyList<(string File, string Text)> Files { get; } =
    [
        ("sources.yaml", Sources),
        ("models.yaml", Models),
        ("benchmarks.yaml", Benchmarks),
        ("results/alpha-article.yaml", AlphaResults),
        ("results/beta-article.yaml", BetaResults),
    ];
}
