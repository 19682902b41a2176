using Microsoft.Extensions.Options;

namespace ModelBot.Discord.Settings;

/// <summary>
/// Checks the Discord settings at start and names the setting at fault with where to find its value, so a typo gives
/// one readable line instead of a failure on the first request.
/// </summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    /// <summary>Length of an Ed25519 public key in hex.</summary>
    public const int PublicKeyHexLength = 64;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        var publicKey = options.PublicKey.Trim();
        var applicationId = options.ApplicationId.Trim();
        // The HTTP adapter is on when either is set; then both must be right. Neither set: Discord HTTP is off.
        var httpInteractions = publicKey.Length > 0 || applicationId.Length > 0;
        if (httpInteractions && !IsHex(publicKey, PublicKeyHexLength))
        {
            failures.Add("Discord:PublicKey must be 64 hex characters (the application's public key from the Developer Portal, General Information).");
        }
        if ((httpInteractions || options.RegisterOnStart) && !Snowflake.IsValid(applicationId))
        {
            failures.Add("Discord:ApplicationId must be a numeric snowflake id (the Application ID from the Developer Portal, General Information).");
        }
        if (options.Guild is { } guild && !Snowflake.IsValid(guild))
        {
            failures.Add("Discord:GuildId must be a numeric snowflake id (right-click the server with Developer Mode on, Copy Server ID), or empty for global commands.");
        }
        var token = options.BotToken.Trim();
        if (token.Length > 0 && !BotTokenFormat.IsPlausible(token))
        {
            failures.Add("Discord:BotToken is malformed: paste the token from the Developer Portal's Bot page as is, without \"Bot \" and without spaces.");
        }
        else if (token.Length == 0 && options.RegisterOnStart)
        {
            failures.Add("Discord:BotToken is required when Discord:RegisterOnStart is true (the token from the Developer Portal's Bot page).");
        }
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL, normally https://discord.com/api/v10.");
        }
        if (options.DeferAfterMilliseconds is < 0 or > 2800)
        {
            failures.Add("Discord:DeferAfterMilliseconds must be between 0 and 2800 (Discord drops an interaction not answered within 3 seconds).");
        }
        if (options.MaxRequestBodyBytes is < 1024 or > 8 * 1024 * 1024)
        {
            failures.Add("Discord:MaxRequestBodyBytes must be between 1024 and 8388608.");
        }
        if (options.MaxRestRetries is < 0 or > 10)
        {
            failures.Add("Discord:MaxRestRetries must be between 0 and 10.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHex(string value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
