using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ModelBot.Slack.Commands;

/// <summary>Reads a slash command from its verified <c>application/x-www-form-urlencoded</c> body.</summary>
public static class SlashCommandForm
{
    private const int Command = 0;
    private const int Text = 1;
    private const int UserId = 2;
    private const int UserName = 3;
    private const int ChannelId = 4;
    private const int TeamId = 5;
    private const int EnterpriseId = 6;
    private const int ResponseUrl = 7;
    private const int TriggerId = 8;
    private const int ApiAppId = 9;
    private const int SslCheck = 10;
    private const int FieldCount = 11;

    /// <summary>
    /// Parses <paramref name="body"/>; unknown fields are ignored (and not decoded), a repeated field reads as its
    /// non-empty values joined with commas (as ASP.NET Core's query parser reads it).
    /// </summary>
    public static SlashCommand Parse(ReadOnlySpan<byte> body)
    {
        var fields = new string?[FieldCount];
        foreach (var pair in new QueryStringEnumerable(Encoding.UTF8.GetString(body)))
        {
            var index = FieldIndex(pair.DecodeName().Span);
            if (index < 0)
            {
                continue;
            }
            var value = pair.DecodeValue().ToString();
            fields[index] = Join(fields[index], value);
        }
        return new SlashCommand
        {
            Command = fields[Command] ?? "",
            Text = fields[Text] ?? "",
            UserId = fields[UserId],
            UserName = fields[UserName],
            ChannelId = fields[ChannelId],
            TeamId = fields[TeamId],
            EnterpriseId = fields[EnterpriseId],
            ResponseUrl = fields[ResponseUrl],
            TriggerId = fields[TriggerId],
            ApiAppId = fields[ApiAppId],
            IsSslCheck = fields[SslCheck] == "1",
        };
    }

    /// <summary>A repeated field: its non-empty values joined with commas.</summary>
    private static string Join(string? earlier, string value) => earlier switch
    {
        null or "" => value,
        _ when value.Length == 0 => earlier,
        _ => string.Concat(earlier, ",", value),
    };

    private static int FieldIndex(ReadOnlySpan<char> name) => name switch
    {
        "command" => Command,
        "text" => Text,
        "user_id" => UserId,
        "user_name" => UserName,
        "channel_id" => ChannelId,
        "team_id" => TeamId,
        "enterprise_id" => EnterpriseId,
        "response_url" => ResponseUrl,
        "trigger_id" => TriggerId,
        "api_app_id" => ApiAppId,
        "ssl_check" => SslCheck,
        _ => -1,
    };
}
