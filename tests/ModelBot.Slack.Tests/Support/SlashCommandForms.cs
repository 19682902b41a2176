namespace ModelBot.Slack.Tests.Support;

/// <summary>Slash command form bodies as Slack posts them.</summary>
internal static class SlashCommandForms
{
    public static string Body(string command, string text, string responseUrl) =>
        "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=test" +
        "&user_id=U2147483697&user_name=Steve&command=" + Uri.EscapeDataString(command) + "&text=" + Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal) +
        "&api_app_id=A123456&is_enterprise_install=false&response_url=" + Uri.EscapeDataString(responseUrl) + "&trigger_id=13345224609.738474920.8088930838d88f008e0";
}
