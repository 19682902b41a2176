using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Discord.Charts;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Charts;

/// <summary>
/// The chart reaches Discord as a multipart edit of @original after the text answer, checked by a fake Discord REST
/// server: payload_json with the embed image and the file listed, files[0] the PNG. A chart that fails never touches the text.
/// </summary>
public sealed class DiscordChartFollowOnTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    /// <summary>Charts as the host registers them, here a fixed image, or a failure, or none.</summary>
    private sealed class FixedChart(Func<Answer, ChartImage?> draw) : IAnswerChart
    {
        public int Calls;

        public ChartImage? Draw(Answer answer)
        {
            Interlocked.Increment(ref Calls);
            return draw(answer);
        }
    }

    private static async Task<InteractionsHost> StartAsync(FixedChart chart, int deferAfterMilliseconds = 2000) =>
        await InteractionsHost.StartAsync(deferAfterMilliseconds, services =>
        {
            services.AddSingleton<IAnswerChart>(chart);
            services.AddSingleton<IAnswerFollowOn<DiscordReplyTarget>, DiscordChartFollowOn>();
        });

    [Fact]
    public async Task Command_AnsweredAtOnce_ThenOriginalEditedWithMultipartChart()
    {
        var chart = new FixedChart(answer => new ChartImage(Png, "chart.png", "Bar chart: " + answer.Title, 960, 400));
        await using var host = await StartAsync(chart);

        using var response = await host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.ShouldContain("\"type\":4");
        text.ShouldNotContain("attachment://", customMessage: "the interactions endpoint takes no files: the text goes first, alone");
        await host.Api.WaitForRequestsAsync(1);
        await host.FollowUpsIdleAsync();

        var edit = host.Api.Requests.ShouldHaveSingleItem();
        edit.Method.ShouldBe("PATCH");
        edit.Path.ShouldBe($"/webhooks/{InteractionPayloads.ApplicationId}/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original");
        edit.Headers["Content-Type"].ShouldStartWith("multipart/form-data");
        edit.Headers.ContainsKey("Authorization").ShouldBeFalse("webhook edits authenticate by the interaction token");
        using var payload = JsonDocument.Parse(edit.FormFields["payload_json"]);
        var embed = payload.RootElement.GetProperty("embeds")[0];
        embed.GetProperty("image").GetProperty("url").GetString().ShouldBe("attachment://chart.png");
        embed.GetProperty("title").GetString().ShouldBe("Muse Spark vs GPT-5.4");
        var attachment = payload.RootElement.GetProperty("attachments").EnumerateArray().ShouldHaveSingleItem();
        attachment.GetProperty("id").GetInt32().ShouldBe(0);
        attachment.GetProperty("filename").GetString().ShouldBe("chart.png");
        attachment.GetProperty("description").GetString().ShouldBe("Bar chart: Muse Spark vs GPT-5.4");
        payload.RootElement.GetProperty("components").GetArrayLength().ShouldBe(1, "the Sources button stays");
        payload.RootElement.GetProperty("allowed_mentions").GetRawText().ShouldBe("""{"parse":[]}""");
        // The payload as sent, kept as a golden file the discord-api-types conformance check types as a webhook edit.
        WireGolden.Verify("edit-original-chart.json", System.Text.Encoding.UTF8.GetBytes(edit.FormFields["payload_json"]));
        var file = edit.Files.ShouldHaveSingleItem();
        (file.Name, file.FileName, file.ContentType).ShouldBe(("files[0]", "chart.png", "image/png"));
        file.Content.ShouldBe(Png);
    }

    [Fact]
    public async Task Command_RateLimitedEdit_IsRetriedAfterRetryAfter()
    {
        var chart = new FixedChart(_ => new ChartImage(Png, "chart.png", "chart", 960, 400));
        await using var host = await StartAsync(chart);
        host.Api.Enqueue(FakeResponse.RateLimited(0.05));

        using var response = await host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        await host.Api.WaitForRequestsAsync(2);
        await host.FollowUpsIdleAsync();

        host.Api.Requests.Count.ShouldBe(2);
        host.Api.Requests.ShouldAllBe(r => r.Method == "PATCH" && r.Files.Count == 1);
    }

    [Fact]
    public async Task Command_ChartThatFails_LeavesTheTextAnswerAlone()
    {
        var chart = new FixedChart(_ => throw new InvalidOperationException("no surface"));
        await using var host = await StartAsync(chart);

        using var response = await host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < 200 && Volatile.Read(ref chart.Calls) == 0; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        await host.FollowUpsIdleAsync();

        text.ShouldContain("Muse Spark vs GPT-5.4");
        chart.Calls.ShouldBe(1);
        host.Api.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Command_AnswerWithoutChart_SendsNothingMore()
    {
        var chart = new FixedChart(_ => null);
        await using var host = await StartAsync(chart);

        using var response = await host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        for (var i = 0; i < 200 && Volatile.Read(ref chart.Calls) == 0; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        await host.FollowUpsIdleAsync();

        host.Api.Requests.ShouldBeEmpty();
    }
}
