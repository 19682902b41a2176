using ModelBot.Slack.Options;

namespace ModelBot.Slack.Tests.Options;

public class SlackOptionsValidatorTests
{
    private static SlackOptions Valid() => new() { SigningSecret = "secret", BotToken = "xoxb-1" };

    public static TheoryData<string, Action<SlackOptions>, string> Invalid => new()
    {
        { "no signing secret", o => o.SigningSecret = "", "Slack:SigningSecret is missing" },
        { "no bot token", o => o.BotToken = null, "Slack:BotToken is missing" },
        { "user token", o => o.BotToken = "xoxp-1", "must be a bot token starting with 'xoxb-'" },
        { "socket mode without app token", o => o.SocketMode.Enabled = true, "Slack:AppToken is missing" },
        { "socket mode with a bot token as app token", o => { o.SocketMode.Enabled = true; o.AppToken = "xoxb-1"; }, "starting with 'xapp-'" },
        { "bad response type", o => o.ResponseType = "everyone", "Slack:ResponseType" },
        { "bad prefix", o => o.CommandPrefix = "MB/", "Slack:CommandPrefix" },
        { "budget over 3 s", o => o.AnswerBudget = TimeSpan.FromSeconds(3), "Slack:AnswerBudget" },
        { "bad api base", o => o.ApiBaseUrl = "slack.com/api", "Slack:ApiBaseUrl" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_BadSetting_OneClearMessage(string name, Action<SlackOptions> spoil, string expected)
    {
        var options = Valid();
        spoil(options);
        var result = new SlackOptionsValidator().Validate(null, options);
        result.Failed.ShouldBeTrue(name);
        result.Failures.ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public void Validate_HttpSettings_Succeed() => new SlackOptionsValidator().Validate(null, Valid()).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_SocketModeWithoutSigningSecret_Succeeds()
    {
        var options = new SlackOptions { BotToken = "xoxb-1", AppToken = "xapp-1" };
        options.SocketMode.Enabled = true;
        new SlackOptionsValidator().Validate(null, options).Succeeded.ShouldBeTrue();
    }
}
