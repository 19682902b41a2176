using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.Tests.Support;
using ModelBot.Commands.TopicLeaders;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Tests.Questions;

/// <summary>
/// Questions about a kind of task over the real dataset: who leads a topic, two models on a topic, and where one
/// model leads. Expected leaders come from the leaderboards, not from this file.
/// </summary>
public class TopicQuestionTests
{
    private static readonly QueryService Queries = new(new FixedDatasetProvider(RealData.Dataset));

    [Theory]
    [InlineData("best model for medical questions", "Health")]
    [InlineData("which model is best at vision?", "Multimodal")]
    [InlineData("who leads on agentic tasks?", "Agentic")]
    [InlineData("what's the top model for multimodal tasks", "Multimodal")]
    public void Question_BestModelForACategory_ListsTheLeaderOfEachOfItsBenchmarks(string question, string category)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe($"Leaders on {category} benchmarks");
        var table = answer.Tables.ShouldHaveSingleItem();
        table.Columns.ShouldBe(TopicLeadersAnswerBuilder.Columns);
        var expected = ExpectedLeaderRows(RealData.Dataset.Benchmarks.Where(b => b.Category == category));
        table.Rows.Select(r => (r.Cells[0].Text, r.Cells[1].Text, r.Cells[2].Text)).ShouldBe(expected);
        AnswerChecks.SourceRefsResolve(answer);
    }

    [Fact]
    public void Question_BestModelForMedicalQuestions_ShowsLeaderRunnerUpAndTheDisagreement()
    {
        var answer = Routers.Real.Ask("best model for medical questions");

        var row = answer.Tables[0].Rows.Single(r => r.Cells[0].Text == "HealthBench Hard");
        row.Cells.Select(c => c.Text).ShouldBe(["HealthBench Hard", "Muse Spark", "42.8%", "GPT-5.4 (40.1%)", "Meta"]);
        row.Cells[2].IsLeader.ShouldBeTrue();
        answer.Notes.ShouldContain(n => n.StartsWith("HealthBench Hard, GPT-5.4: 40.1 (sources", StringComparison.Ordinal) && n.Contains("vs 41.2", StringComparison.Ordinal));
        answer.Results.ShouldContain(r => r.Model == "muse-spark" && r.Benchmark == "healthbench-hard" && r.Value == 42.8);
    }

    [Fact]
    public void Question_BestModelForCoding_CoversTheCodingBenchmarks()
    {
        var answer = Routers.Real.Ask("which model is best at coding?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Leaders on coding benchmarks");
        var coding = new[] { "swe-bench-verified", "terminal-bench-2.0", "livecodebench-pro", "livecodebench-v6" };
        answer.Tables[0].Rows.Select(r => (r.Cells[0].Text, r.Cells[1].Text, r.Cells[2].Text))
            .ShouldBe(ExpectedLeaderRows(RealData.Dataset.Benchmarks.Where(b => coding.Contains(b.Id))));
        answer.Results.Select(r => r.Benchmark).Distinct().OrderBy(id => id).ShouldBe(coding.Where(RealData.Dataset.ResultsByBenchmark.ContainsKey).OrderBy(id => id));
    }

    [Fact]
    public void Question_TwoModelsAndATopic_ComparesThemOnThatTopicOnly()
    {
        var answer = Routers.Real.Ask("which is better at coding, muse spark or gpt-5.4?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Command.ShouldBe("compare");
        answer.Title.ShouldBe("Muse Spark vs GPT-5.4 on coding benchmarks");
        var labels = answer.Tables.SelectMany(t => t.Rows).Select(r => r.Cells[0].Text).ToList();
        labels.ShouldContain("LiveCodeBench Pro");
        labels.ShouldContain("Terminal-Bench 2.0");
        labels.ShouldAllBe(l => l.StartsWith("SWE-Bench Verified") || l.StartsWith("Terminal-Bench 2.0") || l.StartsWith("LiveCodeBench"));
        answer.Summary.ShouldStartWith("**GPT-5.4** leads on both shared benchmark rows.");
    }

    [Theory]
    [InlineData("/compare muse-spark gpt-5.4 on coding", "Muse Spark vs GPT-5.4 on coding benchmarks")]
    [InlineData("/compare muse-spark gpt-5.4 on medical", "Muse Spark vs GPT-5.4 on Health benchmarks")]
    [InlineData("/compare muse-spark gpt-5.4 on hle", "Muse Spark vs GPT-5.4 on Humanity's Last Exam")]
    public void Compare_OnATopicWord_ComparesOnThatTopic(string request, string title)
    {
        var answer = Routers.Real.Ask(request);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe(title);
    }

    [Fact]
    public void Question_WhatDoesAModelLead_ListsEveryFirstPlaceThenTheRest()
    {
        var answer = Routers.Real.Ask("what benchmarks does muse spark lead?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Where Muse Spark leads");
        // One standing per entrant: Muse Spark and Muse Spark (Contemplating) both have a place on HLE without tools.
        var standings = Queries.Leaderboards()
            .SelectMany(r => r.Sections.SelectMany(s => s.Entries.Where(e => e.Model.Id == "muse-spark").Select(e => (Report: r, Section: s, Entry: (LeaderboardEntry?)e))))
            .ToList();
        var leads = answer.Tables.Single(t => t.Caption == ModelLeadsAnswerBuilder.LeadsCaption);
        var trails = answer.Tables.Single(t => t.Caption == ModelLeadsAnswerBuilder.TrailsCaption);
        var modeRuns = answer.Tables.Single(t => t.Caption == ModelLeadsAnswerBuilder.ModeRunsCaption);
        leads.Rows.Count.ShouldBe(standings.Count(s => s.Entry!.Rank == 1 && !s.Section.ModeRuns));
        trails.Rows.Count.ShouldBe(standings.Count(s => s.Entry!.Rank > 1 && !s.Section.ModeRuns));
        modeRuns.Rows.Count.ShouldBe(standings.Count(s => s.Section.ModeRuns));
        leads.Rows.Single(r => r.Cells[0].Text == "HealthBench Hard").Cells.Select(c => c.Text).ShouldBe(["HealthBench Hard", "42.8%", "2.7 points", "GPT-5.4 (40.1%)"]);
        trails.Rows.Single(r => r.Cells[0].Text == "ARC-AGI-2").Cells.Select(c => c.Text).ShouldBe(["ARC-AGI-2", "4 of 4", "42.5%", "Gemini 3.1 Pro (76.5%)"]);
        // Like with like: its Contemplating runs rank apart and are not counted as leads over standard runs.
        answer.Summary.ShouldStartWith("**Muse Spark** ranks first on 4 of 18 benchmark rows it has a standard figure on: ");
        answer.Summary.ShouldNotContain("Humanity's Last Exam");
        // Its Contemplating runs sit in their own table, beside the standard runs' leader of the same setting.
        modeRuns.Rows.Single(r => r.Cells[0].Text == "Humanity's Last Exam (no tools, Contemplating)").Cells.Select(c => c.Text).ShouldBe(["Humanity's Last Exam (no tools, Contemplating)", "50.2%", "Gemini 3.1 Pro (45.4%)"]);
        modeRuns.Rows.Single(r => r.Cells[0].Text == "Humanity's Last Exam (with tools, Contemplating)").Cells.Select(c => c.Text).ShouldBe(["Humanity's Last Exam (with tools, Contemplating)", "50.4%", "Claude Opus 4.6 (53.1%)"]);
        leads.Rows.ShouldNotContain(r => r.Cells[0].Text.Contains("Contemplating"));
        trails.Rows.Single(r => r.Cells[0].Text == "Humanity's Last Exam (no tools)").Cells.Select(c => c.Text)
            .ShouldBe(["Humanity's Last Exam (no tools)", "3 of 4", "42.8%", "Gemini 3.1 Pro (45.4%)"]);
        AnswerChecks.SourceRefsResolve(answer);
    }

    [Fact]
    public void Question_WhatDoesAModelLeadOnATopic_KeepsToThatTopic()
    {
        var answer = Routers.Real.Ask("is gpt-5.4 the best at coding?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Where GPT-5.4 leads on coding benchmarks");
        answer.Tables.SelectMany(t => t.Rows).Select(r => r.Cells[0].Text)
            .ShouldAllBe(l => l.StartsWith("SWE-Bench Verified") || l.StartsWith("Terminal-Bench 2.0") || l.StartsWith("LiveCodeBench"));
        answer.Tables.Single(t => t.Caption == ModelLeadsAnswerBuilder.LeadsCaption).Rows.Select(r => r.Cells[0].Text).ShouldContain("LiveCodeBench Pro");
    }

    [Theory]
    [InlineData("best model for medical questions", "Health")]
    [InlineData("which model is best at coding?", "coding")]
    [InlineData("which is better at coding, alpha 1 or beta 2?", "coding")]
    [InlineData("is alpha 1 the best at vision?", "Multimodal")]
    public void Question_TopicWithNoBenchmarks_SaysSo(string question, string topic)
    {
        var answer = Routers.For(SmallDataset.Create()).Ask(question);

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldBe($"The dataset has no {topic} benchmarks.");
    }

    [Fact]
    public void Question_TopicWithNoBenchmarks_NamesTheCategoriesThereAre()
    {
        var answer = Routers.For(Categorised()).Ask("best model for coding");

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldBe("The dataset has no coding benchmarks. It has benchmarks on: Health, Agentic.");
        answer.Suggestions.ShouldContain("best model for Health");
    }

    [Fact]
    public void Question_LeadersWithATie_NameBothAndCountTheTie()
    {
        var answer = Routers.For(Categorised()).Ask("which model leads agentic benchmarks?");

        answer.Title.ShouldBe("Leaders on Agentic benchmarks");
        answer.Tables[0].Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ShouldBe(
        [
            "Tokens Used (lower is better) | Alpha 1 | 58 M tokens | Beta 2 (120 M tokens) | Artificial Analysis",
            "Arena | Alpha 1 and Beta 2 | 1444 Elo | Gamma 3 (1400 Elo) | Acme",
        ]);
        answer.Summary.ShouldBe("Across 2 Agentic benchmark rows, **Alpha 1** leads 1, and 1 is a tie. Tokens Used (lower is better): **Alpha 1** 58 M tokens, 62 M tokens fewer than Beta 2 (120 M tokens); Arena: **Alpha 1** and **Beta 2** 1444 Elo, 44 Elo ahead of Gamma 3 (1400 Elo).");
    }

    [Fact]
    public void Question_LeadersWithoutARunnerUp_ShowNone()
    {
        var answer = Routers.For(Categorised()).Ask("best model for health");

        answer.Tables[0].Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ShouldBe(
        [
            "Quiz Bench (no tools) | Alpha 1 | 42.8% | Beta 2 (40.1%) | Acme",
            "Quiz Bench (with tools) | Gamma 3 | 50% | — | Acme",
        ]);
        answer.Notes.ShouldContain(n => n.Contains("is disputed", StringComparison.Ordinal));
    }

    [Fact]
    public void Question_WhereAModelLeads_ShowsTiesMarginsAndLowerIsBetter()
    {
        var answer = Routers.For(Categorised()).Ask("what does alpha 1 lead?");

        answer.Title.ShouldBe("Where Alpha 1 leads");
        answer.Summary.ShouldBe("**Alpha 1** ranks first on all 3 benchmark rows it has a standard figure on: Quiz Bench (no tools) 42.8%, Tokens Used 58 M tokens, Arena 1444 Elo.");
        answer.Tables.ShouldHaveSingleItem().Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ShouldBe(
        [
            "Quiz Bench (no tools) | 42.8% | 2.7 points | Beta 2 (40.1%)",
            "Tokens Used (lower is better) | 58 M tokens | 62 M tokens | Beta 2 (120 M tokens)",
            "Arena | 1444 Elo | tie | tied with Beta 2",
        ]);
    }

    [Fact]
    public void Question_WhereAModelLeadsNowhere_SaysSoAndListsItsRanks()
    {
        var answer = Routers.For(Categorised()).Ask("which benchmarks does gamma 3 lead?");

        answer.Summary.ShouldBe("**Gamma 3** ranks first on 1 of 2 benchmark rows it has a standard figure on: Quiz Bench (with tools) 50%. Elsewhere: Arena 1400 Elo (3rd of 3).");
        answer.Tables.Single(t => t.Caption == ModelLeadsAnswerBuilder.TrailsCaption).Rows.Single().Cells.Select(c => c.Text)
            .ShouldBe(["Arena", "3 of 3", "1400 Elo", "Alpha 1 (1444 Elo)"]);
    }

    [Theory]
    [InlineData("tell me about gpt-5.4", "GPT-5.4")]
    [InlineData("is Muse Spark open source?", "Muse Spark")]
    [InlineData("which model leads arc-agi-2?", "ARC-AGI-2 leaderboard")]
    [InlineData("muse spark vs gpt 5.4", "Muse Spark vs GPT-5.4")]
    [InlineData("how do opus 4.6 and gpt-5.4 compare on hle?", "Claude Opus 4.6 vs GPT-5.4 on Humanity's Last Exam")]
    public void Question_WithoutATopic_RoutesAsBefore(string question, string titleStart)
    {
        Routers.Real.Ask(question).Title.ShouldStartWith(titleStart);
    }

    [Fact]
    public void Question_BestOverall_ListsTheLeadersOfTheCompositeScores()
    {
        var answer = Routers.Real.Ask("Which model is the best overall?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Leaders on overall benchmarks");
        answer.Tables.ShouldHaveSingleItem().Rows.Select(r => r.Cells[0].Text).ShouldBe(["Artificial Analysis Intelligence Index v4.0", "General score (unnamed)"]);
    }

    [Fact]
    public void Question_HowDoesAModelDoOverall_WithOneRowItDoesNotLead_SaysSoPlainly()
    {
        var answer = Routers.Real.Ask("how does muse spark do overall?");

        answer.Summary.ShouldBe("**Muse Spark** does not lead the one overall benchmark row it has a standard figure on: Artificial Analysis Intelligence Index v4.0 52 points (4th of 4).");
    }

    [Theory]
    [InlineData("best open model for coding")]
    [InlineData("which open-source model is best at coding?")]
    [InlineData("top open weights model for programming")]
    public void Question_BestOpenModelForATopic_CountsOnlyOpenWeightModels(string question)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Open-weight leaders on coding benchmarks");
        answer.Summary.ShouldBe("Among open-weight models: **Gemma 4 31B** leads the one coding benchmark row. LiveCodeBench v6: **Gemma 4 31B** 80%, 2.9 points ahead of Llama 4 (77.1%).");
        answer.Tables.ShouldHaveSingleItem().Rows.ShouldHaveSingleItem().Cells.Select(c => c.Text).Take(4).ShouldBe(["LiveCodeBench v6", "Gemma 4 31B", "80%", "Llama 4 (77.1%)"]);
        answer.Notes.ShouldContain("No open-weight model has a figure on: LiveCodeBench Pro, SWE-Bench Verified, Terminal-Bench 2.0.");
    }

    [Fact]
    public void Question_BestOpenModelForATopicNoOpenModelHas_SaysSo()
    {
        var answer = Routers.Real.Ask("best open model for medical questions");

        answer.Summary.ShouldBe("No open-weight model has a figure on the Health benchmarks.");
        answer.Tables.ShouldBeEmpty();
    }

    [Fact]
    public void Question_WhatDoesAModelLeadWhenItLeadsBothItsRows_SaysBoth()
    {
        var answer = Routers.Real.Ask("what benchmarks does gemma 4 lead?");

        answer.Summary.ShouldBe("**Gemma 4 31B** ranks first on both benchmark rows it has a standard figure on: LiveCodeBench v6 80%, AIME 2026 89.2%.");
    }

    [Theory]
    [InlineData("which is better at vision, gemini 3.1 pro or muse spark?", "Gemini 3.1 Pro vs Muse Spark on Multimodal benchmarks")]
    [InlineData("is muse spark good at vision?", "Where Muse Spark leads on Multimodal benchmarks")]
    [InlineData("how does muse spark perform on medical questions?", "Where Muse Spark leads on Health benchmarks")]
    public void Question_HowWellOnATopicWordThatIsAlsoAFact_IsAboutTheTopic(string question, string title)
    {
        // "vision" and "images" also name a fact (input modalities); "better at"/"good at" ask about results.
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe(title);
    }

    [Theory]
    [InlineData("does muse spark support vision?")]
    [InlineData("does muse spark take images?")]
    public void Question_WhetherAModelTakesImages_IsStillAFact(string question)
    {
        var answer = Routers.Real.Ask(question);

        answer.Title.ShouldBe("Muse Spark");
        answer.Facts.ShouldHaveSingleItem().Label.ShouldBe("Input");
    }

    /// <summary>The small dataset with categories: the quiz is Health, the other two Agentic.</summary>
    private static CuratedDataset Categorised()
    {
        var small = SmallDataset.Create();
        var benchmarks = small.Benchmarks.Select(b => b with { Category = b.Id == "quiz" ? BenchmarkCategories.Health : BenchmarkCategories.Agentic }).ToArray();
        return new CuratedDataset(small.Models, benchmarks, small.Sources, small.Results) { Vocabulary = RealData.Dataset.Vocabulary };
    }

    /// <summary>(row label, leader names, value) for every setting of <paramref name="benchmarks"/>, from the leaderboards.</summary>
    private static List<(string, string, string)> ExpectedLeaderRows(IEnumerable<Benchmark> benchmarks)
    {
        var rows = new List<(string, string, string)>();
        foreach (var benchmark in benchmarks)
        {
            var sections = Queries.Leaderboard(benchmark.Id).Report!.Sections.Where(s => s.Entries.Count > 0).ToList();
            // Like with like: special-mode runs lead a topic only where a benchmark has no standard run.
            foreach (var section in sections.Where(s => !s.ModeRuns || !sections.Any(o => !o.ModeRuns)))
            {
                var label = FigureText.BenchmarkWithSetting(benchmark.Name, section.Setting) + (benchmark.Direction == Direction.LowerIsBetter ? " (lower is better)" : "");
                var leaders = string.Join(" and ", section.Entries.Where(e => e.Rank == 1).Select(e => e.Label));
                rows.Add((label, leaders, FigureText.Value(section.Entries[0].Figure, benchmark.Unit)));
            }
        }

        rows.Count.ShouldBeGreaterThan(0);
        return rows;
    }
}
