using ModelBot.Discord.Settings;

namespace ModelBot.Discord.Tests.Settings;

public sealed class DiscordOptionsValidatorTests
{
    private const string Key = "e8c0bd6a7f0c7b3bb1a1e2d4c0f9e0b7a6d5c4b3a2918f7e6d5c4b3a29180f7e";

    private static DiscordOptions Valid() => new() { PublicKey = Key, ApplicationId = "1180000000000000001" };

    [Fact]
    public void Validate_ValidSettings_Succeeds() =>
        new DiscordOptionsValidator().Validate(null, Valid()).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_NothingSet_Succeeds() =>
        new DiscordOptionsValidator().Validate(null, new DiscordOptions()).Succeeded.ShouldBeTrue();

    [Theory]
    [InlineData("PublicKey", "", "Discord:PublicKey must be 64 hex characters")]
    [InlineData("PublicKey", "e8c0bd6a", "Discord:PublicKey must be 64 hex characters")]
    [InlineData("PublicKey", "zz" + "c0bd6a7f0c7b3bb1a1e2d4c0f9e0b7a6d5c4b3a2918f7e6d5c4b3a29180f7e", "Discord:PublicKey must be 64 hex characters")]
    [InlineData("ApplicationId", "", "Discord:ApplicationId must be a numeric snowflake id")]
    [InlineData("ApplicationId", "my-bot", "Discord:ApplicationId must be a numeric snowflake id")]
    [InlineData("BotToken", "Bot MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdef", "Discord:BotToken is malformed")]
    [InlineData("BotToken", "not a token", "Discord:BotToken is malformed")]
    [InlineData("GuildId", "guild", "Discord:GuildId must be a numeric snowflake id")]
    [InlineData("ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("DeferAfterMilliseconds", "3000", "Discord:DeferAfterMilliseconds must be between 0 and 2800")]
    public void Validate_OneWrongSetting_GivesOneMessageNamingIt(string setting, string value, string message)
    {
        var options = Valid();
        _ = setting switch
        {
            "PublicKey" => options.PublicKey = value,
            "ApplicationId" => options.ApplicationId = value,
            "BotToken" => options.BotToken = value,
            "GuildId" => options.GuildId = value,
            "ApiBaseUrl" => options.ApiBaseUrl = value,
            _ => (options.DeferAfterMilliseconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = new DiscordOptionsValidator().Validate(null, options);

        result.Failures.ShouldNotBeNull().ShouldHaveSingleItem().ShouldStartWith(message);
    }

    [Fact]
    public void Validate_RegisterOnStartWithoutToken_NamesTheToken()
    {
        var options = Valid();
        options.RegisterOnStart = true;

        new DiscordOptionsValidator().Validate(null, options).Failures.ShouldNotBeNull().ShouldHaveSingleItem().ShouldStartWith("Discord:BotToken is required");
    }
}
