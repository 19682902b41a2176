using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Commands;

public class SlashCommandEndpointTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    public static TheoryData<string, string, string> GoldenCases => new()
    {
        { "compare", "/compare", "muse-spark gpt-5.4" },
        { "benchmark", "/benchmark", "arc-agi-2" },
        { "model", "/model", "muse-spark" },
        { "help", "/help", "" },
        { "error", "/compare", "no-such-model" },
        { "huge", "/benchmark", "huge" },
    };

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public async Task Post_Command_AnswersWithGoldenBlockKit(string name, string command, string text)
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        var body = await PostAsync(host, command, text, _slack.ResponseUrl(name));
        Golden.Verify("Commands", $"{name}.slack.json", Golden.Indent(body));
    }

    [Fact]
    public async Task Post_Compare_PassesCommandAndTextToTheHandler()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        await PostAsync(host, "/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("r"));
        var request = host.Handler.Requests.ShouldHaveSingleItem();
        request.ShouldSatisfyAllConditions(
            () => request.Platform.ShouldBe("slack"),
            () => request.Command.ShouldBe("compare"),
            () => request.Text.ShouldBe("muse-spark gpt-5.4"),
            () => request.UserId.ShouldBe("U2147483697"),
            () => request.ChannelId.ShouldBe("C2147483705"),
            () => request.GuildOrTeamId.ShouldBe("T0001"));
    }

    [Fact]
    public async Task Post_Answer_IsInChannelWithTextFallback()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        using var json = JsonDocument.Parse(await PostAsync(host, "/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("r")));
        json.RootElement.GetProperty("response_type").GetString().ShouldBe("in_channel");
        json.RootElement.GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Post_Error_IsEphemeral()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        using var json = JsonDocument.Parse(await PostAsync(host, "/compare", "no-such-model", _slack.ResponseUrl("r")));
        json.RootElement.GetProperty("response_type").GetString().ShouldBe("ephemeral");
    }

    [Fact]
    public async Task Post_ResponseTypeEphemeralConfigured_AnswersEphemeral()
    {
        var settings = SlackAppHost.HttpSettings(_slack);
        settings["Slack:ResponseType"] = "ephemeral";
        await using var host = await SlackAppHost.StartAsync(settings);
        using var json = JsonDocument.Parse(await PostAsync(host, "/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("r")));
        json.RootElement.GetProperty("response_type").GetString().ShouldBe("ephemeral");
    }

    [Fact]
    public async Task Post_PrefixedCommand_RunsTheCatalogCommand()
    {
        var settings = SlackAppHost.HttpSettings(_slack);
        settings["Slack:CommandPrefix"] = "mb-";
        await using var host = await SlackAppHost.StartAsync(settings);
        await PostAsync(host, "/mb-compare", "muse-spark gpt-5.4", _slack.ResponseUrl("r"));
        host.Handler.Requests.ShouldHaveSingleItem().Command.ShouldBe("compare");
    }

    [Fact]
    public async Task Post_SslCheck_Answers200EmptyWithoutRunningAnything()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        using var request = Signing.Form("/slack/commands", "ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", host.Time.GetUtcNow());
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_AnswerNotReadyWithinBudget_AcksEmptyThenPostsToResponseUrl()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        host.Handler.Hold();
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("late")), host.Time.GetUtcNow());
        using var response = await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();

        host.Handler.Release();
        var posted = await _slack.NextCallAsync("response/late", TestTimeout.Token());
        using var json = JsonDocument.Parse(posted.Body);
        json.RootElement.GetProperty("response_type").GetString().ShouldBe("in_channel");
        json.RootElement.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(1);
        posted.Authorization.ShouldBeNullOrEmpty();
    }

    [Fact]
    public async Task Post_AnsweredAtOnce_ResponseUrlIsNotKept()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        for (var i = 0; i < 5; i++)
        {
            await PostAsync(host, "/compare", "muse-spark gpt-5.4", _slack.ResponseUrl($"at-once-{i}"));
        }

        host.App.Services.GetRequiredService<ResponseUrlLedger>().Count.ShouldBe(0);
    }

    [Fact]
    public async Task Post_AnswerDeferred_ResponseUrlIsKept()
    {
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        host.Handler.Hold();
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("kept")), host.Time.GetUtcNow());
        using var response = await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken));

        host.App.Services.GetRequiredService<ResponseUrlLedger>().Count.ShouldBe(1);
        host.Handler.Release();
        await _slack.NextCallAsync("response/kept", TestTimeout.Token());
    }

    [Fact]
    public async Task Post_DeferredWithAResponseUrlOffSlack_NothingIsPostedThere()
    {
        await using var elsewhere = await FakeSlackServer.StartAsync();
        var logs = new LogSink();
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack), services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        host.Handler.Hold();
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", elsewhere.ResponseUrl("stolen")), host.Time.GetUtcNow());
        using var response = await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken));

        host.Handler.Release();
        await host.Background.WhenIdleAsync(TestTimeout.Token());

        // Today the answer went to whatever absolute URL the request carried.
        elsewhere.History("response/stolen").ShouldBeEmpty();
        logs.Entries.ShouldContain(e => e.EventId == 6014);
    }

    [Fact]
    public async Task Post_DeferredResponseUrlRedirects_TheRedirectIsNotFollowed()
    {
        await using var elsewhere = await FakeSlackServer.StartAsync();
        _slack.Script("response/moved", new ScriptedResponse(307, "", Location: elsewhere.ResponseUrl("stolen")));
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        host.Handler.Hold();
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("moved")), host.Time.GetUtcNow());
        using var response = await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken));

        host.Handler.Release();
        await _slack.NextCallAsync("response/moved", TestTimeout.Token());
        await host.Background.WhenIdleAsync(TestTimeout.Token());

        elsewhere.History("response/stolen").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("https://hooks.slack.com/commands/T0001/1234/abcd", true)]
    [InlineData("https://hooks.slack-gov.com/commands/T0001/1234/abcd", true)]
    [InlineData("http://hooks.slack.com/commands/T0001/1234/abcd", false)]
    [InlineData("https://hooks.slack.com.evil.example/commands/1", false)]
    [InlineData("https://evil.example/hooks.slack.com", false)]
    [InlineData("https://hooks.slack.com:8443/commands/1", false)]
    public async Task IsSlackResponseUrl_OnlySlacksHooksHost(string url, bool expected)
    {
        var settings = SlackAppHost.HttpSettings(_slack);
        settings["Slack:ApiBaseUrl"] = "https://slack.com/api/";
        await using var host = await SlackAppHost.StartAsync(settings);

        host.App.Services.GetRequiredService<ModelBot.Slack.WebApi.SlackApiClient>().IsSlackResponseUrl(new Uri(url)).ShouldBe(expected);
    }

    private static async Task<string> PostAsync(SlackAppHost host, string command, string text, string responseUrl)
    {
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body(command, text, responseUrl), host.Time.GetUtcNow());
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
