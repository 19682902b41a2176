using System.Net;
using System.Text.Json;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Interactions.Components;
using ModelBot.Discord.Tests.Support;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Interactions.Http;

public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private InteractionsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InteractionsHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> GoldenCases =>
    [
        "ping", "command-compare", "command-help", "command-unknown", "autocomplete-model", "autocomplete-benchmark",
        "component-next-page", "component-sources", "component-unknown", "modal-submit",
    ];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public async Task Post_InteractionOfEachType_MatchesGoldenPayload(string name)
    {
        using var response = await _host.PostSignedAsync(Body(name));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        WireGolden.Verify($"{name}.json", await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_AskStartingWithAt_TheWholeTextIsTheRequest()
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("ask", ("question", "@everyone muse spark vs gpt-5.4")));

        _host.Handler.Requests.TryDequeue(out var request).ShouldBeTrue();
        request!.Command.ShouldBe("ask");
        request.Options["question"].ShouldBe("@everyone muse spark vs gpt-5.4");
        request.Text.ShouldContain("@everyone muse spark vs gpt-5.4");
    }

    [Fact]
    public async Task Post_Command_BuildsChatRequestFromNameAndOptions()
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gemini 3.1 pro")));

        _host.Handler.Requests.TryDequeue(out var request).ShouldBeTrue();
        request!.Platform.ShouldBe("discord");
        request.Command.ShouldBe("compare");
        request.Options.ShouldBe(new Dictionary<string, string> { ["model1"] = "muse-spark", ["model2"] = "gemini 3.1 pro" });
        request.Text.ShouldBe("/compare muse-spark \"gemini 3.1 pro\"");
        request.UserId.ShouldBe("1180000000000000004");
        request.GuildOrTeamId.ShouldBe("1180000000000000002");
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public async Task Post_AnyInteraction_EveryMessageDisallowsMentions(string name)
    {
        using var response = await _host.PostSignedAsync(Body(name));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        if (json.RootElement.TryGetProperty("data", out var data) && (data.TryGetProperty("embeds", out _) || data.TryGetProperty("content", out _)))
        {
            data.GetProperty("allowed_mentions").GetRawText().ShouldBe("""{"parse":[]}""");
        }
    }

    [Theory]
    [InlineData("command-help")]
    [InlineData("command-unknown")]
    [InlineData("component-sources")]
    [InlineData("modal-submit")]
    public async Task Post_HelpErrorsAndSources_AreEphemeral(string name)
    {
        using var response = await _host.PostSignedAsync(Body(name));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        json.RootElement.GetProperty("data").GetProperty("flags").GetInt32().ShouldBe(64);
    }

    [Theory]
    [InlineData("model1", "")]
    [InlineData("model1", "g")]
    [InlineData("model2", "gpt")]
    [InlineData("model3", "claude")]
    public async Task Post_Autocomplete_AtMost25ChoicesEachWithinLimits(string option, string typed)
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Autocomplete("compare", option, typed));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        json.RootElement.GetProperty("type").GetInt32().ShouldBe(8);
        var choices = json.RootElement.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        choices.Count.ShouldBeInRange(1, 25);
        choices.ShouldAllBe(c => c.GetProperty("name").GetString()!.Length <= 100 && c.GetProperty("value").GetString()!.Length <= 100);
        choices.Select(c => c.GetProperty("value").GetString()).ShouldBeUnique();
    }

    [Fact]
    public async Task Post_PageButton_UpdatesMessageWithThatPage()
    {
        var customId = ComponentCustomId.Encode(ComponentAction.Page, 2, BuiltInCommands.Benchmark, new Dictionary<string, string> { ["benchmark"] = "arc-agi-2" })!;

        using var response = await _host.PostSignedAsync(InteractionPayloads.Component(customId));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        json.RootElement.GetProperty("type").GetInt32().ShouldBe(7);
        json.RootElement.GetProperty("data").GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString()!.ShouldStartWith("Page 3/");
        _host.Handler.Requests.Single().Options["benchmark"].ShouldBe("arc-agi-2");
    }

    private static string Body(string name) => name switch
    {
        "ping" => InteractionPayloads.Ping,
        "command-compare" => InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")),
        "command-help" => InteractionPayloads.Command("help"),
        "command-unknown" => InteractionPayloads.Command("weather", ("city", "Oslo")),
        "autocomplete-model" => InteractionPayloads.Autocomplete("compare", "model2", "gpt"),
        "autocomplete-benchmark" => InteractionPayloads.Autocomplete("benchmark", "benchmark", "arc"),
        "component-next-page" => InteractionPayloads.Component(
            ComponentCustomId.Encode(ComponentAction.Page, 1, BuiltInCommands.Benchmark, new Dictionary<string, string> { ["benchmark"] = "arc-agi-2" })!),
        "component-sources" => InteractionPayloads.Component(
            ComponentCustomId.Encode(ComponentAction.Sources, 0, BuiltInCommands.Compare, new Dictionary<string, string> { ["model1"] = "muse-spark", ["model2"] = "gpt-5.4" })!),
        "component-unknown" => InteractionPayloads.Component("somebody-elses-button"),
        "modal-submit" => InteractionPayloads.Modal,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
