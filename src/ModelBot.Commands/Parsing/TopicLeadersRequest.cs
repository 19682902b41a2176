using ModelBot.Commands.Catalog;
using ModelBot.Commands.Questions;

namespace ModelBot.Commands.Parsing;

/// <summary>"best model for medical questions": who leads each benchmark of a topic.</summary>
/// <param name="Topic">The topic the question names.</param>
public sealed record TopicLeadersRequest(TopicTarget Topic) : ParsedRequest(CommandNames.Ask);
