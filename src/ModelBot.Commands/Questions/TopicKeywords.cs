using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Questions;

/// <summary>
/// The words people use for a kind of task ("medical", "coding", "vision") and the topic each stands for. The
/// categories come from the data; this table only says which words mean which category or benchmarks.
/// </summary>
public static class TopicKeywords
{
    private static readonly TopicTarget Coding = TopicTarget.OfBenchmarks(
        "coding", "swe-bench-verified", "terminal-bench-2.0", "livecodebench-pro", "livecodebench-v6");

    private static readonly TopicTarget Math = TopicTarget.OfBenchmarks("math", "aime-2026");

    private static readonly TopicTarget Science = TopicTarget.OfBenchmarks("science", "gpqa-diamond");

    // "Best overall": the composite scores the sources give (Artificial Analysis' index, the unnamed general score).
    private static readonly TopicTarget Overall = TopicTarget.OfBenchmarks("composite", "aa-intelligence-index-v4", "general-score");

    private static readonly Dictionary<string, TopicTarget> ByWord = Build(
        (TopicTarget.OfCategory(BenchmarkCategories.Health), ["medical", "medicine", "health", "healthcare", "clinical", "doctor", "doctors", "diagnosis"]),
        (Coding, ["coding", "code", "coder", "programming", "programmer", "software", "swe", "developer", "developers"]),
        (TopicTarget.OfCategory(BenchmarkCategories.Multimodal), ["vision", "image", "images", "visual", "chart", "charts", "multimodal", "pictures"]),
        (TopicTarget.OfCategory(BenchmarkCategories.TextReasoning), ["reasoning", "reason"]),
        (Math, ["math", "maths", "mathematics"]),
        (Science, ["science", "scientific"]),
        (Overall, ["overall", "composite"]),
        (TopicTarget.OfCategory(BenchmarkCategories.Agentic), ["agent", "agents", "agentic", "tools", "tool", "search"]));

    /// <summary>Whether <paramref name="word"/> is itself a topic word ("health", "search"; not "swe-bench").</summary>
    public static bool IsTopicWord(string word) => ByWord.ContainsKey(word);

    /// <summary>The topic of the first topic word in <paramref name="text"/> (whole words, any case), or null.</summary>
    public static TopicTarget? Find(string text)
    {
        var lookup = ByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && char.IsLetter(span[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (lookup.TryGetValue(span[start..i], out var target))
                {
                    return target;
                }

                start = -1;
            }
        }

        return null;
    }

    private static Dictionary<string, TopicTarget> Build(params (TopicTarget Target, string[] Words)[] entries)
    {
        var byWord = new Dictionary<string, TopicTarget>(StringComparer.OrdinalIgnoreCase);
        foreach (var (target, words) in entries)
        {
            foreach (var word in words)
            {
                byWord.Add(word, target);
            }
        }

        return byWord;
    }
}
