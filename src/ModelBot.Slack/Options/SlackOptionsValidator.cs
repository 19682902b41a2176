using Microsoft.Extensions.Options;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Options;

/// <summary>Checks <see cref="SlackOptions"/> at start-up: one clear message per bad setting.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret) && !options.SocketMode.Enabled)
        {
            failures.Add("Slack:SigningSecret is missing: copy the Signing Secret from the app's Basic Information page (needed to verify every request).");
        }
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken is missing: copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-' (the Bot User OAuth Token, not a user or app token).");
        }
        if (options.SocketMode.Enabled)
        {
            if (string.IsNullOrWhiteSpace(options.AppToken))
            {
                failures.Add("Slack:AppToken is missing: Socket Mode needs an app-level token (xapp-…) with connections:write from Basic Information → App-Level Tokens.");
            }
            else if (!options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
            {
                failures.Add("Slack:AppToken must be an app-level token starting with 'xapp-'.");
            }
        }
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var apiBase) || (apiBase.Scheme != Uri.UriSchemeHttps && apiBase.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Slack:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        }
        if (options.ResponseType is not (ResponseTypes.InChannel or ResponseTypes.Ephemeral))
        {
            failures.Add($"Slack:ResponseType '{options.ResponseType}' must be 'in_channel' or 'ephemeral'.");
        }
        if (options.CommandPrefix.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')))
        {
            failures.Add($"Slack:CommandPrefix '{options.CommandPrefix}' may hold only lowercase letters, digits, '-' and '_'.");
        }
        if (options.AnswerBudget <= TimeSpan.Zero || options.AnswerBudget >= TimeSpan.FromSeconds(3))
        {
            failures.Add($"Slack:AnswerBudget {options.AnswerBudget} must be above zero and below Slack's 3-second window.");
        }
        if (options.EventQueueCapacity < 1)
        {
            failures.Add("Slack:EventQueueCapacity must be at least 1.");
        }
        if (options.SocketMode.HandshakeTimeout <= TimeSpan.Zero)
        {
            failures.Add("Slack:SocketMode:HandshakeTimeout must be above zero.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
