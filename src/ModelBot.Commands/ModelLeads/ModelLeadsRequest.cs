using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Questions;

namespace ModelBot.Commands.ModelLeads;

/// <summary>"what benchmarks does Muse Spark lead?": where one model ranks first, and where it does not.</summary>
/// <param name="Model">The model id.</param>
/// <param name="Topic">"… lead on coding?": only that topic's benchmarks; null for every benchmark.</param>
public sealed record ModelLeadsRequest(string Model, TopicTarget? Topic = null) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>"where is it last?": where the model ranks last, rather than first.</summary>
    public bool Last { get; init; }

    /// <summary>"where does it fall behind?": where the model trails the leader, widest gap first.</summary>
    public bool Behind { get; init; }

    /// <summary>"in the official table": only that evaluator's figures, or null for all.</summary>
    public Core.Phrasing.EvaluatorWords? Evaluator { get; init; }
}
