namespace ModelBot.Discord.Settings;

/// <summary>The shape of a bot token: three dot-separated base64url parts, no spaces, no "Bot " prefix.</summary>
public static class BotTokenFormat
{
    /// <summary>True when <paramref name="token"/> looks like a token the Developer Portal shows.</summary>
    public static bool IsPlausible(string token)
    {
        if (token.Length < 20 || token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var dots = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }
        return dots == 2;
    }
}
