using System.Text;
using CsCheck;
using Microsoft.AspNetCore.WebUtilities;
using ModelBot.Slack.Commands;

namespace ModelBot.Slack.Tests.Commands;

public class SlashCommandFormTests
{
    private static readonly string[] Names = ["command", "text", "user_id", "user_name", "channel_id", "team_id", "enterprise_id", "response_url", "trigger_id", "api_app_id", "ssl_check", "token", "is_enterprise_install", ""];

    [Fact]
    public void Parse_SlackExample_ReadsEveryField()
    {
        const string body = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&enterprise_id=E0001&channel_id=C2147483705&channel_name=test&user_id=U2147483697&user_name=Steve&command=%2Fcompare&text=muse-spark+gpt-5.4&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=13345224609.738474920.8088930838d88f008e0&api_app_id=A123456";

        var command = SlashCommandForm.Parse(Encoding.UTF8.GetBytes(body));

        command.ShouldSatisfyAllConditions(
            () => command.Command.ShouldBe("/compare"),
            () => command.Text.ShouldBe("muse-spark gpt-5.4"),
            () => command.UserId.ShouldBe("U2147483697"),
            () => command.UserName.ShouldBe("Steve"),
            () => command.ChannelId.ShouldBe("C2147483705"),
            () => command.TeamId.ShouldBe("T0001"),
            () => command.EnterpriseId.ShouldBe("E0001"),
            () => command.ResponseUrl.ShouldBe("https://hooks.slack.com/commands/1234/5678"),
            () => command.TriggerId.ShouldBe("13345224609.738474920.8088930838d88f008e0"),
            () => command.ApiAppId.ShouldBe("A123456"),
            () => command.IsSslCheck.ShouldBeFalse());
    }

    [Fact]
    public void Parse_AnyForm_ReadsWhatAspNetCoresQueryParserReads()
    {
        var value = Gen.OneOf(Gen.String, Gen.String.Select(Uri.EscapeDataString), Gen.OneOf<string>(["1", "", "a+b", "%2F", "%zz", "%", "=", "&&", "caf%C3%A9", "%E9"]));
        var pair = Gen.Select(Gen.OneOf(Names), value, Gen.Bool).Select((name, text, withEquals) => withEquals ? $"{name}={text}" : name);
        pair.Array[0, 12].Select(pairs => string.Join('&', pairs)).Sample(body =>
        {
            var expected = QueryHelpers.ParseQuery(body);
            string? Field(string name) => expected.TryGetValue(name, out var values) ? values.ToString() : null;

            var command = SlashCommandForm.Parse(Encoding.UTF8.GetBytes(body));

            command.Command.ShouldBe(Field("command") ?? "");
            command.Text.ShouldBe(Field("text") ?? "");
            command.UserId.ShouldBe(Field("user_id"));
            command.ResponseUrl.ShouldBe(Field("response_url"));
            command.EnterpriseId.ShouldBe(Field("enterprise_id"));
            command.IsSslCheck.ShouldBe(Field("ssl_check") == "1");
        }, iter: 2000);
    }
}
