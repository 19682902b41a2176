using System.Net;
using System.Text.Json;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Targets;

/// <summary>The harness's stand-in for Discord's and Slack's REST APIs answers the host's chart follow-ups as the platforms do.</summary>
public sealed class PlatformApiSinkTests
{
    [Fact]
    public async Task DiscordsOriginalMessageEdit_IsAcceptedWithAMessage()
    {
        await using var sink = await PlatformApiSink.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PatchAsync($"{sink.DiscordApiBase}/webhooks/1/token/messages/@original", new ByteArrayContent(new byte[4096]), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        message.RootElement.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task SlacksExternalUpload_GivesAnUploadUrlOnTheSinkAndCompletes()
    {
        await using var sink = await PlatformApiSink.StartAsync();
        using var http = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;

        using var reserved = await http.PostAsync($"{sink.SlackApiBase}/files.getUploadURLExternal", new FormUrlEncodedContent([new("filename", "chart.png"), new("length", "4096")]), cancel);
        using var reservation = JsonDocument.Parse(await reserved.Content.ReadAsStringAsync(cancel));
        var uploadUrl = new Uri(reservation.RootElement.GetProperty("upload_url").GetString()!);
        using var uploaded = await http.PostAsync(uploadUrl, new ByteArrayContent(new byte[4096]), cancel);
        using var completed = await http.PostAsync($"{sink.SlackApiBase}/files.completeUploadExternal", new FormUrlEncodedContent([new("files", "[]")]), cancel);

        reservation.RootElement.GetProperty("ok").GetBoolean().ShouldBeTrue();
        uploadUrl.Authority.ShouldBe(new Uri(sink.SlackApiBase).Authority);
        uploadUrl.IsLoopback.ShouldBeTrue();
        uploaded.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await completed.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task TheHostsApiBases_PointAtTheSinkWhenOneIsGiven()
    {
        await using var sink = await PlatformApiSink.StartAsync();
        using var credentials = new HarnessCredentials();

        var environment = ModelBotHost.Environment(5099, credentials, sink);

        environment["Discord__ApiBaseUrl"].ShouldBe(sink.DiscordApiBase);
        environment["Slack__ApiBaseUrl"].ShouldBe(sink.SlackApiBase);
        new Uri(sink.Address).IsLoopback.ShouldBeTrue();
    }
}
