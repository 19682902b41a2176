using ModelBot.Commands.Compare;
using ModelBot.Commands.Explain;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Gap;
using ModelBot.Commands.Help;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.ModelLists;
using ModelBot.Commands.Profile;
using ModelBot.Commands.TopicLeaders;

namespace ModelBot.Commands.Building;

/// <summary>The builders that turn reports, help and failures into neutral answers, injected together.</summary>
/// <param name="Comparison">/compare.</param>
/// <param name="Leaderboard">/benchmark.</param>
/// <param name="Profile">/model.</param>
/// <param name="Fact">Questions about a model's facts.</param>
/// <param name="Failure">Error answers.</param>
/// <param name="Help">/help.</param>
/// <param name="TopicLeaders">Who leads a topic's benchmarks.</param>
/// <param name="ModelLeads">Where one model leads.</param>
/// <param name="Gap">The gap between two models on a benchmark.</param>
/// <param name="ModelList">Models listed by a fact.</param>
/// <param name="ExplainMode">What a mode does.</param>
/// <param name="Lookup">Notes, quoted figures and one evaluator's figures.</param>
public sealed record AnswerBuilders(
    ComparisonAnswerBuilder Comparison,
    LeaderboardAnswerBuilder Leaderboard,
    ProfileAnswerBuilder Profile,
    FactAnswerBuilder Fact,
    FailureAnswerBuilder Failure,
    HelpAnswerBuilder Help,
    TopicLeadersAnswerBuilder TopicLeaders,
    ModelLeadsAnswerBuilder ModelLeads,
    GapAnswerBuilder Gap,
    ModelListAnswerBuilder ModelList,
    ExplainModeAnswerBuilder ExplainMode,
    Lookup.LookupAnswerBuilder Lookup);
