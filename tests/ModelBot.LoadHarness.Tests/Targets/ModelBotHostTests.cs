using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Targets;

public sealed class ModelBotHostTests
{
    [Fact]
    public void Environment_EveryAddress_IsLoopback()
    {
        using var credentials = new HarnessCredentials();

        var addresses = ModelBotHost.Environment(5099, credentials).Values
            .Select(value => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? uri : null)
            .OfType<Uri>()
            .ToList();

        addresses.Count.ShouldBeGreaterThanOrEqualTo(4); // Urls, ASPNETCORE_URLS, the Discord and Slack API bases
        addresses.ShouldAllBe(uri => uri.IsLoopback);
    }

    [Fact]
    public void Environment_RunsHeadlessWithTheRunsCredentialsAndNothingThatCallsOut()
    {
        using var credentials = new HarnessCredentials();

        var environment = ModelBotHost.Environment(5099, credentials);

        environment["Console__Mode"].ShouldBe("Off");
        environment["Discord__PublicKey"].ShouldBe(credentials.Discord.PublicKeyHex);
        environment["Slack__SigningSecret"].ShouldBe(credentials.Slack.SigningSecret);
        environment["Discord__RegisterOnStart"].ShouldBe("false");
        environment["Discord__Gateway__Enabled"].ShouldBe("false");
        environment["Slack__SocketMode__Enabled"].ShouldBe("false");
        environment["Discord__BotToken"].ShouldBeEmpty();
        environment["Slack__AppToken"].ShouldBeEmpty();
        environment["Urls"].ShouldBe("http://127.0.0.1:5099");
    }
}
