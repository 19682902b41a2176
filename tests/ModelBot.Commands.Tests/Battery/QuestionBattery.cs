using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ModelBot.Commands.Tests.Battery;

/// <summary>One question of the battery (questions.yaml): what the user types and what a careful analyst answers.</summary>
public sealed class BatteryEntry
{
    public string Ask { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    /// <summary><c>answer</c> or <c>refuse</c> (ok:false).</summary>
    public string Expect { get; set; } = string.Empty;
    /// <summary>Each must appear in the headline, case-insensitively; "a|b" means either.</summary>
    public List<string> HeadlineHas { get; set; } = [];
    /// <summary>None may appear in the headline; "a|b" means neither.</summary>
    public List<string> HeadlineLacks { get; set; } = [];
    /// <summary>Figures that must be among the answer's results.</summary>
    public List<BatteryFigure> Figures { get; set; } = [];
    public string Why { get; set; } = string.Empty;
    /// <summary>When set, the case is skipped with this reason.</summary>
    public string? Pending { get; set; }

    public bool ExpectsRefusal => string.Equals(Expect, "refuse", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A figure an answer must show: model, benchmark and value exact; setting, evaluator and source when given.</summary>
public sealed class BatteryFigure
{
    public string Model { get; set; } = string.Empty;
    public string Benchmark { get; set; } = string.Empty;
    public double Value { get; set; }
    public string? Setting { get; set; }
    public string? Evaluator { get; set; }
    public string? Source { get; set; }

    public bool Matches(ResultFigure figure) =>
        string.Equals(figure.Model, Model, StringComparison.Ordinal)
        && string.Equals(figure.Benchmark, Benchmark, StringComparison.Ordinal)
        && Math.Abs(figure.Value - Value) < 1e-9
        && (Setting is null || string.Equals(figure.Setting, Setting, StringComparison.OrdinalIgnoreCase))
        && (Evaluator is null || string.Equals(figure.Evaluator, Evaluator, StringComparison.OrdinalIgnoreCase))
        && (Source is null || string.Equals(figure.Source, Source, StringComparison.Ordinal));

    public override string ToString()
    {
        var text = new StringBuilder().Append(Model).Append(" / ").Append(Benchmark);
        if (Setting is not null)
        {
            text.Append(" (").Append(Setting).Append(')');
        }

        text.Append(" = ").Append(Value.ToString(CultureInfo.InvariantCulture));
        if (Evaluator is not null)
        {
            text.Append(", evaluator ").Append(Evaluator);
        }

        if (Source is not null)
        {
            text.Append(", source ").Append(Source);
        }

        return text.ToString();
    }
}

/// <summary>How a battery case came out.</summary>
public enum BatteryOutcome
{
    /// <summary>Answered or refused as expected, with the headline and figures expected.</summary>
    Right,
    /// <summary>Answered with the wrong headline or figures, or answered where it should refuse (or refused with the wrong reason).</summary>
    Wrong,
    /// <summary>Refused (ok:false) a question it should answer.</summary>
    RefusedWrongly,
}

/// <summary>The verdict on one case: the outcome, the problems found and a report for the failure message.</summary>
public sealed record BatteryVerdict(BatteryOutcome Outcome, IReadOnlyList<string> Problems, string Report);

/// <summary>Loads questions.yaml and judges answers against it.</summary>
public static class QuestionBattery
{
    public static string FilePath { get; } = Path.Combine(RealData.RepositoryRoot, "tests", "ModelBot.Commands.Tests", "Battery", "questions.yaml");

    private static readonly Lazy<IReadOnlyList<BatteryEntry>> Loaded = new(Load);

    public static IReadOnlyList<BatteryEntry> Entries => Loaded.Value;

    public static BatteryEntry Find(string ask) =>
        Entries.FirstOrDefault(entry => string.Equals(entry.Ask, ask, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No battery entry asks \"{ask}\".");

    /// <summary>What chat shows first: title and summary for an answer; the error and the suggestions for a refusal.</summary>
    public static string Headline(Answer answer) => answer.Ok
        ? string.Concat(answer.Title, " | ", answer.Summary ?? string.Empty).Replace("**", string.Empty, StringComparison.Ordinal)
        : string.Concat(answer.Error ?? string.Empty, " | suggestions: ", string.Join("; ", answer.Suggestions));

    /// <summary>True when any of the "|"-separated alternatives occurs in <paramref name="headline"/>, case-insensitively.</summary>
    public static bool Contains(string headline, string alternatives) =>
        alternatives.Split('|').Any(alternative => alternative.Length > 0 && headline.Contains(alternative, StringComparison.OrdinalIgnoreCase));

    public static BatteryVerdict Judge(BatteryEntry entry, Answer answer)
    {
        var headline = Headline(answer);
        var problems = new List<string>();
        BatteryOutcome outcome;
        if (entry.ExpectsRefusal && answer.Ok)
        {
            problems.Add("answered, but it should refuse (ok:false)");
            outcome = BatteryOutcome.Wrong;
        }
        else if (!entry.ExpectsRefusal && !answer.Ok)
        {
            problems.Add("refused (ok:false), but it should answer");
            outcome = BatteryOutcome.RefusedWrongly;
        }
        else
        {
            foreach (var wanted in entry.HeadlineHas.Where(wanted => !Contains(headline, wanted)))
            {
                problems.Add($"headline lacks \"{wanted}\"");
            }

            foreach (var unwanted in entry.HeadlineLacks.Where(unwanted => Contains(headline, unwanted)))
            {
                problems.Add($"headline has \"{unwanted}\", which it must not");
            }

            foreach (var figure in entry.Figures.Where(figure => !answer.Results.Any(figure.Matches)))
            {
                problems.Add($"results lack {figure}");
            }

            outcome = problems.Count == 0 ? BatteryOutcome.Right : BatteryOutcome.Wrong;
        }

        return new BatteryVerdict(outcome, problems, Report(entry, answer, headline, problems));
    }

    private static string Report(BatteryEntry entry, Answer answer, string headline, List<string> problems)
    {
        var text = new StringBuilder();
        text.Append("Question: \"").Append(entry.Ask).Append("\"  [").Append(entry.Kind).AppendLine("]");
        text.Append("Expected: ").Append(entry.ExpectsRefusal ? "refusal" : "answer");
        if (entry.HeadlineHas.Count > 0)
        {
            text.Append("; headline has ").Append(string.Join(", ", entry.HeadlineHas.Select(wanted => $"\"{wanted}\"")));
        }

        if (entry.HeadlineLacks.Count > 0)
        {
            text.Append("; headline lacks ").Append(string.Join(", ", entry.HeadlineLacks.Select(unwanted => $"\"{unwanted}\"")));
        }

        text.AppendLine();
        foreach (var figure in entry.Figures)
        {
            text.Append("          figure ").AppendLine(figure.ToString());
        }

        text.Append("Why:      ").AppendLine(entry.Why);
        text.Append("Actual:   ").Append(answer.Ok ? "answer" : "refusal").Append(" (command ").Append(answer.Command).AppendLine(")");
        text.Append("Headline: ").AppendLine(headline);
        if (answer.Results.Count > 0)
        {
            text.AppendLine("Figures:");
            foreach (var figure in answer.Results.DistinctBy(figure => (figure.Model, figure.Benchmark, figure.Setting, figure.Value, figure.Source)))
            {
                text.Append("          ").Append(figure.Model).Append(" / ").Append(figure.Benchmark).Append(" (").Append(figure.Setting).Append(") = ")
                    .Append(figure.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(figure.Unit)
                    .Append(", ").Append(figure.Evaluator).Append(", ").Append(figure.Source).AppendLine(figure.Disputed ? ", disputed" : string.Empty);
            }
        }

        if (answer.Notes.Count > 0)
        {
            text.Append("Notes:    ").AppendLine(string.Join(" / ", answer.Notes));
        }

        text.AppendLine("Problems:");
        foreach (var problem in problems)
        {
            text.Append("  - ").AppendLine(problem);
        }

        return text.ToString();
    }

    private static List<BatteryEntry> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        using var reader = File.OpenText(FilePath);
        return deserializer.Deserialize<List<BatteryEntry>>(reader) ?? [];
    }
}
