namespace ModelBot.Commands.Parsing;

/// <summary>A request after parsing, before any name is resolved: one case per thing the router can do.</summary>
/// <param name="Command">The catalog command that answers it.</param>
public abstract record ParsedRequest(string Command)
{
    /// <summary>What the reading assumed ("Read 'deepseachqa' as DeepSearchQA."), said in the answer; null when nothing.</summary>
    public string? Assumption { get; init; }

    /// <summary>"which article says so?", "what's the source for …": the headline names the articles, not only footnotes.</summary>
    public bool AsksSource { get; init; }
}
