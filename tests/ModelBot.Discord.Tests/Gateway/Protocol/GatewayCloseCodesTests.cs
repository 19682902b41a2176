using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Tests.Gateway.Protocol;

public class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004, GatewayCloseAction.Stop)]
    [InlineData(4010, GatewayCloseAction.Stop)]
    [InlineData(4011, GatewayCloseAction.Stop)]
    [InlineData(4012, GatewayCloseAction.Stop)]
    [InlineData(4013, GatewayCloseAction.Stop)]
    [InlineData(4014, GatewayCloseAction.Stop)]
    [InlineData(4007, GatewayCloseAction.Reidentify)]
    [InlineData(4009, GatewayCloseAction.Reidentify)]
    [InlineData(1000, GatewayCloseAction.Reidentify)]
    [InlineData(4000, GatewayCloseAction.Resume)]
    [InlineData(4001, GatewayCloseAction.Resume)]
    [InlineData(4002, GatewayCloseAction.Resume)]
    [InlineData(4003, GatewayCloseAction.Reidentify)]
    [InlineData(4005, GatewayCloseAction.Reidentify)]
    [InlineData(4008, GatewayCloseAction.Resume)]
    [InlineData(1006, GatewayCloseAction.Resume)]
    public void Classify_DocumentedCode_ReturnsDocumentedAction(int code, GatewayCloseAction expected) =>
        GatewayCloseCodes.Classify(code).ShouldBe(expected);

    [Fact]
    public void Classify_NoCloseFrame_Resumes() => GatewayCloseCodes.Classify(null).ShouldBe(GatewayCloseAction.Resume);

    [Theory]
    [InlineData(4004, "Discord:BotToken")]
    [InlineData(4010, "ShardIds")]
    [InlineData(4011, "ShardCount")]
    [InlineData(4012, "v10")]
    [InlineData(4013, "Discord:Gateway:Intents")]
    [InlineData(4014, "Developer Portal")]
    public void Describe_FatalCode_NamesTheSettingToFix(int code, string setting) =>
        GatewayCloseCodes.Describe(code).ShouldContain(setting);
}
