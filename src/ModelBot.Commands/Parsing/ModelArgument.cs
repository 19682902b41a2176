namespace ModelBot.Commands.Parsing;

/// <summary>
/// Model names as the user typed them. A quoted name, a comma-separated piece or a platform option holds exactly
/// one name; an unquoted run ("muse-spark gpt-5.4", "opus 4.6") may hold several and is split by name resolution.
/// </summary>
/// <param name="Text">The words, trimmed, without quotes.</param>
/// <param name="MayHoldSeveral">True for an unquoted run of words that name resolution may split greedily.</param>
public readonly record struct ModelArgument(string Text, bool MayHoldSeveral);
