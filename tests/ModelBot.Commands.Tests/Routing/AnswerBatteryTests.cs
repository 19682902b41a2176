using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Routing;

/// <summary>
/// The QA battery of realistic requests against data/, each with the key fact its answer must hold: the model or
/// leader and figure, checked against the seed articles, or for a request the bot cannot answer the error and the
/// suggestion that helps. Whole outputs are the golden files' job; this guards what a user checks against the paper.
/// </summary>
public class AnswerBatteryTests
{
    /// <summary>Requests whose answer must hold <c>expected</c> in its title or summary.</summary>
    public static TheoryData<string, string> Answered => new()
    {
        // Every model by id, display name, codename and a few spellings: the profile's title.
        { "/model muse-spark", "Muse Spark by Meta, released 2026-04-08, closed weights" },
        { "/model gpt-5.4", "GPT-5.4 by OpenAI, closed weights" },
        { "/model gpt-5.5", "GPT-5.5 by OpenAI" },
        { "/model gemini-3.1-pro", "Gemini 3.1 Pro by Google" },
        { "/model gemini-3-pro-deep-think", "Gemini 3 Pro Deep Think by Google" },
        { "/model gemini-deep-think", "Gemini Deep Think by Google" },
        { "/model claude-opus-4.6", "Claude Opus 4.6 by Anthropic" },
        { "/model claude-opus-4.7", "Claude Opus 4.7 by Anthropic" },
        { "/model grok-4.2", "Grok 4.2, vendor not stated in the sources" },  // no article ties Grok to xAI
        { "/model deepseek-v4-pro", "DeepSeek V4 Pro by DeepSeek, open weights" },
        { "/model gemma-4-31b", "Gemma 4 31B by Google, open weights" },
        { "/model llama-4", "Llama 4 by Meta, released 2025-04, open weights" },
        { "/model llama-4-maverick", "Llama 4 Maverick by Meta. The dataset has no benchmark figures for it." },
        { "/model gpt-5.3-codex", "GPT-5.3 Codex by OpenAI. The dataset has no benchmark figures for it." },
        { "/model claude-sonnet-4.6", "Claude Sonnet 4.6 by Anthropic. The dataset has no benchmark figures for it." },
        { "/model o3", "o3 by OpenAI. The dataset has no benchmark figures for it." },
        { "/model o4-mini", "o4-mini by OpenAI. The dataset has no benchmark figures for it." },
        { "/model claude-mythos", "Claude Mythos by Anthropic. The dataset has no benchmark figures for it." },
        { "/model kimi-k2.5", "Kimi K2.5 by Moonshot AI, open weights. The dataset has no benchmark figures for it." },
        { "/model qwen3.6-plus", "Qwen3.6 Plus by Alibaba. The dataset has no benchmark figures for it." },
        { "/model flux.2-pro", "FLUX.2 Pro by Black Forest Labs, released 2025-11. The dataset has no benchmark figures for it." },
        { "/model Muse Spark", "Muse Spark by Meta" },
        { "/model avocado", "Muse Spark by Meta" },
        { "/model Gemini 3.1 Pro Preview", "Gemini 3.1 Pro by Google" },
        { "/model Opus 4.6", "Claude Opus 4.6 by Anthropic" },
        { "/model Sonnet 4.6", "Claude Sonnet 4.6 by Anthropic" },
        { "/model Gemma 4", "Gemma 4 31B by Google" },
        { "/model DeepSeek V4", "DeepSeek V4 Pro by DeepSeek" },
        { "/model Mythos", "Claude Mythos by Anthropic" },
        { "/model gpt5.4", "GPT-5.4 by OpenAI" },
        { "/model claude opus 46", "Claude Opus 4.6 by Anthropic" },
        { "/model llama4 maverick", "Llama 4 Maverick by Meta" },
        { "/model o4 mini", "o4-mini by OpenAI" },
        { "/model Muse Spark!!!", "Muse Spark by Meta" },

        // Every benchmark's leaderboard: the leader and its figure (Meta's official table in 004 unless noted).
        { "/benchmark charxiv-reasoning", "Muse Spark leads with 86.4%, 3.6 points ahead of GPT-5.4 (82.8%)" },
        { "/benchmark mmmu-pro", "Gemini 3.1 Pro leads with 83.9%" },
        { "/benchmark simplevqa", "Gemini 3.1 Pro leads with 72.4%, 1.1 points ahead of Muse Spark (71.3%)" },
        { "/benchmark zerobench", "GPT-5.4 leads with 41.0%, 8.0 points ahead of Muse Spark (33.0%)" },
        { "/benchmark gpqa-diamond", "Gemini 3.1 Pro leads with 94.3%" },
        { "/benchmark livecodebench-pro", "GPT-5.4 leads with 87.5%" },
        { "/benchmark livecodebench-v6", "Gemma 4 31B leads with 80%, 2.9 points ahead of Llama 4 (77.1%)" },
        { "/benchmark arc-agi-2", "Gemini 3.1 Pro leads with 76.5%, 0.4 points ahead of GPT-5.4 (76.1%)" },
        { "/benchmark aime-2026", "Gemma 4 31B leads with 89.2%, 0.9 points ahead of Llama 4 (88.3%)" },
        { "/benchmark healthbench-hard", "Muse Spark leads with 42.8%, 2.7 points ahead of GPT-5.4 (40.1%)" },
        { "/benchmark medxpertqa-multimodal", "Gemini 3.1 Pro leads with 81.3%" },
        { "/benchmark deepsearchqa", "Muse Spark leads with 74.8%, 1.1 points ahead of Claude Opus 4.6 (73.7%)" },
        { "/benchmark swe-bench-verified", "Claude Opus 4.6 leads with 80.8%, 0.2 points ahead of Gemini 3.1 Pro (80.6%)" },
        { "/benchmark terminal-bench-2.0", "GPT-5.4 leads with 75.1%" },
        { "/benchmark tau2-bench-telecom", "Grok 4.2 leads with 96.5%" },
        { "/benchmark gdpval-aa", "GPT-5.4 leads with 1672 Elo, 66 Elo ahead of Claude Opus 4.6 (1606 Elo)" },
        { "/benchmark aa-intelligence-index-v4", "Gemini 3.1 Pro and GPT-5.4 tie for the lead at 57 points" },
        { "/benchmark aa-intelligence-index-v4-output-tokens", "Muse Spark leads with 58 M tokens, 62 M tokens fewer than GPT-5.4 (120 M tokens). Lower is better." },
        { "/benchmark agentic-score", "GPT-5.5 leads with 98.2 points, the only standard run" },
        { "/benchmark general-score", "Gemini 3.1 Pro leads with 92 points, 4 points ahead of DeepSeek V4 Pro (88 points)" },
        { "/benchmark hle", "With tools: Claude Opus 4.6 leads with 53.1%" },
        { "who leads HLE?", "Setting not stated: Gemini 3.1 Pro leads with 44.7%, 3.1 points ahead of GPT-5.4 (41.6%)" },
        { "what did muse spark score on HLE?", "3rd of 3 with 39.9% (setting not stated)" },
        { "/BENCHMARK ARC-AGI-2", "Gemini 3.1 Pro leads with 76.5%" },
        { "   /benchmark    arc-agi-2   ", "Gemini 3.1 Pro leads with 76.5%" },
        { "/mb-benchmark hle", "Humanity's Last Exam leaderboard" },
        { "/benchmark lcb pro", "GPT-5.4 leads with 87.5%" },
        { "/benchmark terminal bench 2", "GPT-5.4 leads with 75.1%" },
        { "/benchmark swebench", "Claude Opus 4.6 leads with 80.8%" },

        // Natural phrasing, settings, lower-is-better.
        { "who leads GPQA Diamond", "Gemini 3.1 Pro leads with 94.3%" },
        { "top models on SWE-bench Verified", "Claude Opus 4.6 leads with 80.8%" },
        { "MMMU Pro scores", "Gemini 3.1 Pro leads with 83.9%" },
        { "what are the ZeroBench scores?", "GPT-5.4 leads with 41.0%" },
        { "which model is best on τ²-bench telecom?", "Grok 4.2 leads with 96.5%" },
        { "which model leads arc agi 2?", "Gemini 3.1 Pro leads with 76.5%" },
        { "leaderboard for the artificial analysis intelligence index", "tie for the lead at 57 points" },
        { "which model uses the fewest output tokens?", "Muse Spark leads with 58 M tokens" },
        { "best on gdpval", "GPT-5.4 leads with 1672 Elo" },
        { "/benchmark hle with tools", "Claude Opus 4.6 leads with 53.1%, 1.0 point ahead of GPT-5.4 (52.1%)" },
        { "/benchmark hle no tools", "Gemini 3.1 Pro leads with 45.4%, 1.5 points ahead of GPT-5.4 (43.9%). Special-mode runs, ranked apart: no tools — Muse Spark (Contemplating) 50.2%" },
        { "who leads HLE no tools?", "Gemini 3.1 Pro leads with 45.4%" },
        { "Humanity's Last Exam without tools", "Humanity's Last Exam leaderboard (no tools)" },
        { "how did muse spark do on HLE with tools?", "Muse Spark has a Contemplating-mode run of 50.4% (with tools), ranked apart from standard runs" },
        { "gpt-5.4 healthbench hard", "GPT-5.4 ranks 2nd of 5 with 40.1%" },
        { "how does gemma 4 do on arc-agi-2?", "The dataset has no ARC-AGI-2 figure for Gemma 4 31B" },
        { "<@U123> who leads arc-agi-2?", "Gemini 3.1 Pro leads with 76.5%" },
        { "WHO LEADS HLE???", "Humanity's Last Exam leaderboard" },
        { "who leads arc-agi-2 🤔", "Gemini 3.1 Pro leads with 76.5%" },
        { "/ask who leads swe-bench verified", "Claude Opus 4.6 leads with 80.8%" },

        { "who leads gpqa?", "Gemini 3.1 Pro leads with 94.3%" },
        { "who leads swe-bench?", "SWE-Bench Verified leaderboard" },
        { "who leads healthbench?", "Muse Spark leads with 42.8%" },
        { "who leads tau2 bench?", "Grok 4.2 leads with 96.5%" },
        { "how does gemma 4 do on aime?", "Gemma 4 31B leads with 89.2%, 0.9 points ahead of Llama 4 (88.3%)" },
        { "best model for health", "Leaders on Health benchmarks" },

        // Comparisons of two and three models, with and without a benchmark or topic.
        { "/compare muse-spark gpt-5.4", "GPT-5.4 leads 10 and Muse Spark leads 6. Widest gap: GPT-5.4 by 33.6 points on ARC-AGI-2" },
        { "/compare gpt 5.4 opus 4.6", "GPT-5.4 vs Claude Opus 4.6" },
        { "/compare muse-spark gpt-5.4 gemini-3.1-pro", "Muse Spark vs GPT-5.4 vs Gemini 3.1 Pro" },
        { "/compare muse-spark gpt-5.4 on hle", "GPT-5.4 leads on both shared benchmark rows" },
        { "/compare muse-spark gpt-5.4 on arc-agi-2", "ARC-AGI-2: GPT-5.4 76.1%, Muse Spark 42.5% (33.6 points apart)" },
        { "/compare gemma 4 llama 4", "Gemma 4 31B leads on both shared benchmark rows" },
        { "/compare gemma 4 llama 4 on aime", "AIME 2026: Gemma 4 31B 89.2%, Llama 4 88.3% (0.9 points apart)" },
        { "/compare opus 4.6 gemini 3.1 pro grok 4.2 on swe-bench verified", "Claude Opus 4.6 leads on the one shared benchmark row" },
        { "/compare muse spark vs gemini deep think", "Humanity's Last Exam (no tools, Contemplating): Muse Spark 50.2%, Gemini Deep Think 48.4% (1.8 points apart)" },
        { "/compare muse-spark gpt-5.4 on coding", "GPT-5.4 leads on both shared benchmark rows" },
        { "/compare muse-spark, gpt-5.4, opus 4.6", "GPT-5.4 leads 8, Muse Spark leads 6 and Claude Opus 4.6 leads none" },
        { "/benchmark hle with tools, contemplating", "Contemplating-mode runs, ranked apart from standard runs: with tools — Muse Spark (Contemplating) 50.4%; all 3 standard runs (with tools) score higher." },
        { "/benchmark hle contemplating", "Contemplating-mode runs, ranked apart from standard runs: no tools — Muse Spark (Contemplating) 50.2% (possible conflict, see notes); above every standard run (no tools)" },
        { "<@U123ABC>   /compare muse-spark gpt-5.4", "Muse Spark vs GPT-5.4" },
        { "muse spark vs gpt-5.4", "Muse Spark vs GPT-5.4" },
        { "compare gemini 3.1 pro and claude opus 4.6 on gpqa", "GPQA Diamond: Gemini 3.1 Pro 94.3%, Claude Opus 4.6 92.7% (1.6 points apart)" },
        { "how does muse spark compare to gpt-5.4 on healthbench hard?", "HealthBench Hard: Muse Spark 42.8%, GPT-5.4 40.1% (2.7 points apart)" },
        { "which is better at coding, muse spark or gpt-5.4?", "Terminal-Bench 2.0: GPT-5.4 75.1%, Muse Spark 59.0% (16.1 points apart)" },
        { "muse spark vs gpt-5.4 vs gemini 3.1 pro on gpqa diamond?", "Gemini 3.1 Pro leads on the one shared benchmark row" },

        // Topics and where a model leads.
        { "what benchmarks does muse spark lead?", "Muse Spark ranks first on 4 of 18 benchmark rows" },
        { "best model for medical questions", "Muse Spark leads 1 and Gemini 3.1 Pro leads 1" },
        { "best model for math", "Gemma 4 31B leads the one math benchmark row" },

        // Model facts.
        { "is gemma 4 open weights?", "Gemma 4 31B — weights: open; licence: Apache 2.0." },
        { "is Muse Spark open source?", "Muse Spark — weights: closed; licence: proprietary." },
        { "is llama 4 open source?", "Llama 4 — weights: open; licence: custom Llama licence." },
        { "is grok 4.2 open?", "Grok 4.2: its weights and licence are not stated in the sources." },  // no article ties Grok to xAI or states its weights
        { "who develops gpt-5.5?", "GPT-5.5 — vendor: OpenAI." },
        { "what is muse spark's context window?", "Muse Spark — context window: 262,000 tokens." },
        { "context window of qwen3.6 plus", "Qwen3.6 Plus — context window: 1,000,000 tokens." },
        { "context window of gpt-5.4", "GPT-5.4: its context window is not stated in the sources." },
        { "who made kimi k2.5?", "Kimi K2.5 — vendor: Moonshot AI." },
        { "when was muse spark released?", "Muse Spark — released: 2026-04-08." },
        { "when was llama 4 released?", "Llama 4 — released: 2025-04." },
        { "when was gpt-5.4 released?", "GPT-5.4: its release date is not stated in the sources." },
        { "what modes does muse spark have?", "Muse Spark — modes: Fast, Contemplating, Shopping." },
        { "is gemini 3 pro deep think open weights?", "Gemini 3 Pro Deep Think: its weights and licence are not stated in the sources." },
        { "what is avocado?", "Muse Spark by Meta" },
    };

    /// <summary>Requests the bot cannot answer: the error must say why and suggest what to ask instead.</summary>
    public static TheoryData<string, string, string> Refused => new()
    {
        { "/model muse sprak", "No model matches 'muse sprak'. Did you mean muse-spark?", "muse-spark" },
        { "/model gemni 3.1 pro", "No model matches 'gemni 3.1 pro'. Did you mean gemini-3.1-pro?", "gemini-3.1-pro" },
        { "/model grok 4", "No model matches 'grok 4'. Did you mean grok-4.2?", "grok-4.2" },
        { "/model kimi k2", "No model matches 'kimi k2'. Did you mean kimi-k2.5?", "kimi-k2.5" },
        { "/model gpt-4o", "No model matches 'gpt-4o'.", "gpt-5.4" },
        { "/compare muse-spark gpt-9", "No model matches 'gpt-9'.", "gpt-5.4" },
        { "/compare claude-opus-5 gpt-5.4", "No model matches 'claude-opus-5'.", "claude-opus-4.6" },
        { "/compare muse-spark", "at least two different models", "/compare muse-spark gpt-5.4" },
        { "/compare muse-spark muse-spark", "at least two different models", "/compare muse-spark gpt-5.4" },
        { "/compare muse-spark gpt-5.4 on mmlu", "No benchmark matches 'mmlu'. Did you mean mmmu-pro?", "mmmu-pro" },
        { "/benchmark mmlu", "No benchmark matches 'mmlu'.", "mmmu-pro" },
        { "/benchmark", "Name a benchmark.", "/benchmark arc-agi-2" },
        { "who is top on livecodebench?", "Did you mean livecodebench-pro or livecodebench-v6?", "livecodebench-pro" },
        { "how does grok 4 do on hle?", "No model matches 'grok 4'.", "grok-4.2" },
        { "what is gpt-9's score on hle?", "No model matches 'gpt-9'.", "gpt-5.4" },
        { "how does gpt 5 do on hle?", "'gpt 5' could mean several models", "gpt-5.4" },
        { "what is the weather in paris?", "I couldn't find a model or benchmark I know", "which model leads ARC-AGI-2?" },
        { "tell me a joke", "I couldn't find a model or benchmark I know", "is Muse Spark open source?" },
        { "best model for cooking", "The dataset has no benchmark, topic or model called 'cooking'.", "which model leads ARC-AGI-2?" },
        { "who leads mmlu?", "The dataset has no benchmark, topic or model called 'mmlu'.", "which model leads ARC-AGI-2?" },
        { "who is top on humaneval right now?", "no benchmark, topic or model called 'humaneval'", "which model leads ARC-AGI-2?" },
        { "🚀🚀🚀", "I couldn't find a model or benchmark I know", "which model leads ARC-AGI-2?" },
        { "/model 🥑", "No model matches '🥑'.", "/model muse-spark" },
        { "/benchmark zzzz", "No benchmark matches 'zzzz'.", "/benchmark arc-agi-2" },
        { "/unknowncommand foo", "Unknown command /unknowncommand. Try /help.", "/help [command]" },
    };

    [Theory]
    [MemberData(nameof(Answered))]
    public void Ask_BatteryRequest_AnswersWithTheKeyFact(string request, string expected)
    {
        var answer = Routers.Real.Ask(request);

        answer.Ok.ShouldBeTrue(answer.Error);
        string.Concat(answer.Title, "\n", Plain(answer.Summary)).ShouldContain(expected);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Ask_UnanswerableBatteryRequest_FailsWithReasonAndSuggestion(string request, string error, string suggestion)
    {
        var answer = Routers.Real.Ask(request);

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldNotBeNull().ShouldContain(error);
        answer.Suggestions.ShouldContain(suggestion);
    }

    [Fact]
    public void Ask_VeryLongOrRepeatedInput_StillAnswersOnce()
    {
        // Repeated up to the longest question read: answered once; past it, refused with its length.
        Routers.Real.Ask("who leads " + string.Concat(Enumerable.Repeat("arc-agi-2 ", 95))).Summary.ShouldNotBeNull().ShouldContain("Gemini 3.1 Pro** leads with 76.5%");
        Routers.Real.Ask("who leads " + string.Concat(Enumerable.Repeat("arc-agi-2 ", 300))).Error.ShouldNotBeNull().ShouldContain("characters long");
        Routers.Real.Ask(new string('x', 5000)).Ok.ShouldBeFalse();
        Routers.Real.Ask("/compare " + string.Join(' ', Enumerable.Repeat("muse-spark gpt-5.4", 8))).Title.ShouldBe("Muse Spark vs GPT-5.4");
    }

    private static string Plain(string? markdown) => (markdown ?? string.Empty).Replace("**", string.Empty, StringComparison.Ordinal);
}
