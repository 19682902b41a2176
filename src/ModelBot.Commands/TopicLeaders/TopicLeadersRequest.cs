using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Questions;

namespace ModelBot.Commands.TopicLeaders;

/// <summary>"best model for medical questions": who leads each benchmark of a topic.</summary>
/// <param name="Topic">The topic the question names.</param>
/// <param name="OpenWeightsOnly">"best open model for coding": only models with open weights count.</param>
public sealed record TopicLeadersRequest(TopicTarget Topic, bool OpenWeightsOnly = false) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>"in Meta's official table": only that evaluator's figures, or null for all.</summary>
    public Core.Phrasing.EvaluatorWords? Evaluator { get; init; }
}
