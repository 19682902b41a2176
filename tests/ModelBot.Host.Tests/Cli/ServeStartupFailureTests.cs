using System.Net;
using System.Net.Sockets;
using ModelBot.Host.Cli;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Cli;

/// <summary><c>modelbot serve</c> that cannot start says why in <c>error:</c> lines and exits 1, without a stack trace.</summary>
public sealed class ServeStartupFailureTests
{
    [Fact]
    public async Task SlackSigningSecretWithoutBotToken_ErrorNamesTheMissingSetting()
    {
        var (exitCode, output, error) = await ServeAsync(("Slack:SigningSecret", "secret"), ("Slack:BotToken", ""));

        exitCode.ShouldBe(ExitCodes.Failure);
        output.ShouldBeEmpty();
        error.ShouldContain("error: Slack:BotToken is missing");
        error.ShouldContain("hint: README.md explains each setting");
        error.ShouldNotContain("   at ");
        error.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task DiscordPublicKeyNotHex_ErrorNamesTheSetting()
    {
        var (exitCode, _, error) = await ServeAsync(("Discord:PublicKey", "not-a-key"), ("Discord:ApplicationId", "1"));

        exitCode.ShouldBe(ExitCodes.Failure);
        error.ShouldContain("error: ");
        error.ShouldContain("Discord:PublicKey");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task PortAlreadyTaken_ErrorSaysSoAndHowToChooseAnother()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, _, error) = await ServeAsync(("Urls", $"http://127.0.0.1:{port}"), ("Console:Mode", "Off"));

        exitCode.ShouldBe(ExitCodes.Failure);
        error.ShouldContain($"127.0.0.1:{port}");
        error.ShouldContain("address already in use");
        error.ShouldContain("Urls");
        error.ShouldNotContain("   at ");
    }

    private static async Task<(int ExitCode, string Output, string Error)> ServeAsync(params (string Key, string? Value)[] settings)
    {
        var (context, output, error) = TestContexts.Create("", settings: settings);
        var exitCode = await ModelBotCli.RunAsync(["serve"], context, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
