using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ModelBot.Slack.Commands;

/// <summary>Reads a slash command from its verified <c>application/x-www-form-urlencoded</c> body.</summary>
public static class SlashCommandForm
{
    /// <summary>Parses <paramref name="body"/>; unknown fields are ignored.</summary>
    public static SlashCommand Parse(ReadOnlySpan<byte> body)
    {
        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        string? Field(string name) => fields.TryGetValue(name, out var value) ? value.ToString() : null;
        return new SlashCommand
        {
            Command = Field("command") ?? "",
            Text = Field("text") ?? "",
            UserId = Field("user_id"),
            UserName = Field("user_name"),
            ChannelId = Field("channel_id"),
            TeamId = Field("team_id"),
            EnterpriseId = Field("enterprise_id"),
            ResponseUrl = Field("response_url"),
            TriggerId = Field("trigger_id"),
            ApiAppId = Field("api_app_id"),
            IsSslCheck = Field("ssl_check") == "1",
        };
    }
}
