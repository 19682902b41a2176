namespace ModelBot.Commands.Parsing;

/// <summary>A request that cannot be run as typed: an unknown command or bad syntax.</summary>
/// <param name="Command">The command it was meant for ("help" for an unknown command).</param>
/// <param name="Error">What is wrong, in one sentence.</param>
/// <param name="Suggestions">What to type instead: a usage line, a corrected command, example questions.</param>
public sealed record InvalidRequest(string Command, string Error, IReadOnlyList<string> Suggestions) : ParsedRequest(Command);
