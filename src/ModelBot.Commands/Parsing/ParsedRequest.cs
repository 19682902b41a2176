namespace ModelBot.Commands.Parsing;

/// <summary>A request after parsing, before any name is resolved: one case per thing the router can do.</summary>
/// <param name="Command">The catalog command that answers it.</param>
public abstract record ParsedRequest(string Command);
