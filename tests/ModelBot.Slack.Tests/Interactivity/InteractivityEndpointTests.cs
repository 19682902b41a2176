using System.Net;
using System.Text.Json;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Interactivity;

public class InteractivityEndpointTests : SlackHttpAppTests
{
    [Fact]
    public async Task Post_NextPage_ReplacesTheMessageWithPageTwo()
    {
        var button = await ButtonAsync("/benchmark", "huge", ActionIds.NextPage);
        await ClickAsync(button, "page");

        var posted = await FakeSlack.NextCallAsync("response/page", TestTimeout.Token());
        using var json = JsonDocument.Parse(posted.Body);
        json.RootElement.GetProperty("replace_original").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("text").GetString().ShouldNotBeNullOrEmpty();
        var actions = json.RootElement.GetProperty("blocks").EnumerateArray().Last();
        actions.GetProperty("type").GetString().ShouldBe("actions");
        actions.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("action_id").GetString()).ShouldContain(ActionIds.PreviousPage);
        ButtonValue.Decode(button.GetProperty("value").GetString())!.Page.ShouldBe(1);
        posted.Body.ShouldContain("Page 2/");
    }

    [Fact]
    public async Task Post_Sources_RepliesEphemerallyWithEveryProvenance()
    {
        var button = await ButtonAsync("/compare", "muse-spark gpt-5.4", ActionIds.Sources);
        await ClickAsync(button, "sources");

        var posted = await FakeSlack.NextCallAsync("response/sources", TestTimeout.Token());
        using var json = JsonDocument.Parse(posted.Body);
        json.RootElement.GetProperty("response_type").GetString().ShouldBe("ephemeral");
        json.RootElement.GetProperty("replace_original").GetBoolean().ShouldBeFalse();
        foreach (var source in SampleAnswers.Compare.Sources)
        {
            posted.Body.ShouldContain(source.Id);
            posted.Body.ShouldContain(source.Locator);
        }
    }

    [Fact]
    public async Task Post_SomeoneElsesButton_IgnoredAfterAck()
    {
        var payload = """{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"C1"},"response_url":"RESPONSE","actions":[{"action_id":"other_app","block_id":"b","value":"x","type":"button"}]}"""
            .Replace("RESPONSE", FakeSlack.ResponseUrl("other"), StringComparison.Ordinal);
        using var request = Signing.Form("/slack/interactivity", "payload=" + Uri.EscapeDataString(payload), AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await AppHost.Background.WhenIdleAsync(TestTimeout.Token());
        FakeSlack.History("response/other").ShouldBeEmpty();
        AppHost.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NoPayloadField_Answers400()
    {
        using var request = Signing.Form("/slack/interactivity", "something=else", AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<JsonElement> ButtonAsync(string command, string text, string actionId)
    {
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body(command, text, FakeSlack.ResponseUrl("first")), AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var actions = json.RootElement.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions");
        return actions.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("action_id").GetString() == actionId).Clone();
    }

    private async Task ClickAsync(JsonElement button, string responseId)
    {
        var payload = $$"""
            {"type":"block_actions","user":{"id":"U2147483697","username":"steve","team_id":"T0001"},"api_app_id":"A123456","token":"x","container":{"type":"message","message_ts":"1548261231.000200","channel_id":"C2147483705","is_ephemeral":false},"trigger_id":"12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3","team":{"id":"T0001","domain":"example"},"channel":{"id":"C2147483705","name":"test"},"response_url":"{{FakeSlack.ResponseUrl(responseId)}}","actions":[{"action_id":"{{button.GetProperty("action_id").GetString()}}","block_id":"modelbot_actions","text":{"type":"plain_text","text":"x"},"value":{{JsonSerializer.Serialize(button.GetProperty("value").GetString())}},"type":"button","action_ts":"1548426417.840180"}]}
            """;
        using var request = Signing.Form("/slack/interactivity", "payload=" + Uri.EscapeDataString(payload), AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }
}
