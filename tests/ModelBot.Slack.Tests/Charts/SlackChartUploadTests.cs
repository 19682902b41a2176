using System.Text.Json;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Charts;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Charts;

/// <summary>
/// The chart reaches Slack after the text answer, checked by a fake Slack Web API: files.getUploadURLExternal, the PNG
/// posted to the upload URL, files.completeUploadExternal into the answer's channel. Without files:write the answer stays
/// text only and the log says why once.
/// </summary>
public sealed class SlackChartUploadTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9, 8, 7];

    private sealed class FixedChart : IAnswerChart
    {
        public ChartImage? Draw(Answer answer) => answer.Ok ? new ChartImage(Png, "chart.png", "Bar chart: " + answer.Title, 960, 400) : null;
    }

    private FakeSlackServer _slack = null!;
    private readonly LogSink _logs = new();

    public async ValueTask InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _slack.DisposeAsync();
        _logs.Dispose();
    }

    private Task<SlackAppHost> StartAsync() => SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack), services =>
    {
        services.AddSingleton<IAnswerChart, FixedChart>();
        services.AddSingleton<IAnswerFollowOn<SlackReplyTarget>, SlackChartUpload>();
        services.AddSingleton<ILoggerProvider>(_logs);
    });

    private static HttpRequestMessage Slash(SlackAppHost host, string command, string text, string id) =>
        Signing.Form("/slack/commands", SlashCommandForms.Body(command, text, "http://127.0.0.1:1/response/" + id), host.Time.GetUtcNow());

    [Fact]
    public async Task SlashCommand_Answered_ThenChartUploadedIntoItsChannel()
    {
        await using var host = await StartAsync();
        using var request = Slash(host, "/benchmark", "arc-agi-2", "r1");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"blocks\"");
        var reserve = await _slack.NextCallAsync("files.getUploadURLExternal", TestTimeout.Token());
        var upload = await _slack.NextCallAsync("upload/F0CHART", TestTimeout.Token());
        var complete = await _slack.NextCallAsync("files.completeUploadExternal", TestTimeout.Token());

        var reserved = HttpUtility.ParseQueryString(reserve.Body);
        reserve.Authorization.ShouldBe("Bearer xoxb-test-token");
        reserved["filename"].ShouldBe("chart.png");
        reserved["length"].ShouldBe(Png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        reserved["alt_txt"].ShouldStartWith("Bar chart: ");
        upload.Bytes.ShouldBe(Png);
        upload.ContentType.ShouldBe("image/png");
        var completed = HttpUtility.ParseQueryString(complete.Body);
        completed["channel_id"].ShouldBe("C2147483705");
        completed["thread_ts"].ShouldBeNull("a slash command's answer is no thread");
        using var files = JsonDocument.Parse(completed["files"]!);
        files.RootElement[0].GetProperty("id").GetString().ShouldBe("F0CHART");
        files.RootElement[0].GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task SlashCommand_WithoutFilesWrite_StaysTextOnlyAndSaysWhyOnce()
    {
        _slack.Script("files.getUploadURLExternal", new ScriptedResponse(200, """{"ok":false,"error":"missing_scope","needed":"files:write","provided":"commands,chat:write"}"""));
        await using var host = await StartAsync();

        using (var first = Slash(host, "/benchmark", "arc-agi-2", "r1"))
        {
            using var response = await host.Client.SendAsync(first, TestContext.Current.CancellationToken);
            response.IsSuccessStatusCode.ShouldBeTrue();
        }
        await _logs.WaitForAsync(2401);
        using (var second = Slash(host, "/compare", "muse-spark gpt-5.4", "r2"))
        {
            using var response = await host.Client.SendAsync(second, TestContext.Current.CancellationToken);
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Muse Spark vs GPT-5.4");
        }
        await host.App.Services.GetRequiredService<DeliveryWork>().WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(TestTimeout.Token());

        _slack.History("files.getUploadURLExternal").Count.ShouldBe(1, "after missing_scope no upload is tried again");
        _slack.History("files.completeUploadExternal").ShouldBeEmpty();
        _logs.Entries.Count(e => e.EventId == 2401).ShouldBe(1);
        _logs.Entries.Single(e => e.EventId == 2401).Message.ShouldContain("files:write");
    }

    [Fact]
    public async Task SlashCommand_EphemeralAnswer_GetsNoChart()
    {
        await using var host = await StartAsync();
        using var request = Slash(host, "/help", "", "r1");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("ephemeral");
        await host.App.Services.GetRequiredService<DeliveryWork>().WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(TestTimeout.Token());

        _slack.History("files.getUploadURLExternal").ShouldBeEmpty("a file would show an answer meant for the asker alone to everyone");
    }
}
