using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ModelBot.Commands.Caching;
using ModelBot.Core.Loading;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Caching;

/// <summary>
/// The reply cache on the real host: a cached reply is byte for byte the reply rendered without the cache, carries
/// nothing of the request that first asked, and never outlives the dataset it was rendered from.
/// </summary>
public class ReplyCacheHostTests
{
    /// <summary>The golden set: every command, an ambiguous and an unknown name, a question, and help.</summary>
    public static TheoryData<string, string> DiscordCommands => new()
    {
        { "compare", """{"name":"model1","type":3,"value":"muse-spark"},{"name":"model2","type":3,"value":"gpt-5.4"}""" },
        { "compare", """{"name":"model1","type":3,"value":"gtp 5.4"},{"name":"model2","type":3,"value":"muse-spark"}""" },
        { "benchmark", """{"name":"benchmark","type":3,"value":"arc-agi-2"}""" },
        { "benchmark", """{"name":"benchmark","type":3,"value":"hle"},{"name":"setting","type":3,"value":"no tools"}""" },
        { "model", """{"name":"model","type":3,"value":"muse-spark"}""" },
        { "model", """{"name":"model","type":3,"value":"nonexistent-model"}""" },
        { "ask", """{"name":"question","type":3,"value":"which model leads arc-agi-2?"}""" },
        { "help", "" },
    };

    public static TheoryData<string, string> SlackCommands => new()
    {
        { "/compare", "muse-spark gpt-5.4" },
        { "/compare", "gtp 5.4 muse-spark" },
        { "/benchmark", "arc-agi-2" },
        { "/benchmark", "hle no tools" },
        { "/model", "muse-spark" },
        { "/model", "nonexistent-model" },
        { "/ask", "which model leads arc-agi-2?" },
        { "/help", "" },
        { "/nonsense", "x" },
    };

    [Theory]
    [MemberData(nameof(DiscordCommands))]
    public async Task Discord_RepeatedCommandAndItsButtons_CachedReplyEqualsUncachedByteForByte(string command, string options)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new DatasetCopy();
        await using var cached = await StartAsync(data, cacheEntries: null, cancellation);
        await using var uncached = await StartAsync(data, cacheEntries: 0, cancellation);

        var first = await DiscordAsync(cached, Command(command, options, "111", "token-one", "U111"), cancellation);
        var second = await DiscordAsync(cached, Command(command, options, "222", "token-two", "U222"), cancellation);
        var reference = await DiscordAsync(uncached, Command(command, options, "333", "token-three", "U333"), cancellation);

        second.ShouldBe(first);
        first.ShouldBe(reference);
        var text = Encoding.UTF8.GetString(second);
        text.ShouldNotContain("token-one");
        text.ShouldNotContain("U111");
        cached.App.Services.GetRequiredService<ReplyCache>().Count.ShouldBe(1);
        uncached.App.Services.GetRequiredService<ReplyCache>().Count.ShouldBe(0);

        foreach (var customId in CustomIds(first))
        {
            var click = await DiscordAsync(cached, Click(customId, "444", "token-four"), cancellation);
            var again = await DiscordAsync(cached, Click(customId, "555", "token-five"), cancellation);
            var clickReference = await DiscordAsync(uncached, Click(customId, "666", "token-six"), cancellation);
            again.ShouldBe(click);
            click.ShouldBe(clickReference);
        }
    }

    [Theory]
    [MemberData(nameof(SlackCommands))]
    public async Task Slack_RepeatedSlashCommand_CachedReplyEqualsUncachedByteForByte(string command, string text)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new DatasetCopy();
        await using var cached = await StartAsync(data, cacheEntries: null, cancellation);
        await using var uncached = await StartAsync(data, cacheEntries: 0, cancellation);

        var first = await SlackAsync(cached, command, text, "U111", "http://127.0.0.1:9/hook-one", cancellation);
        var second = await SlackAsync(cached, command, text, "U222", "http://127.0.0.1:9/hook-two", cancellation);
        var reference = await SlackAsync(uncached, command, text, "U333", "http://127.0.0.1:9/hook-three", cancellation);

        second.ShouldBe(first);
        first.ShouldBe(reference);
        first.ShouldNotBeEmpty();
        var body = Encoding.UTF8.GetString(second);
        body.ShouldNotContain("hook-one");
        body.ShouldNotContain("U111");
    }

    [Theory]
    [InlineData("compare", "model1", "mus")]
    [InlineData("compare", "model2", "")]
    [InlineData("benchmark", "benchmark", "arc")]
    [InlineData("model", "model", "zzz-nothing")]
    public async Task Discord_RepeatedAutocomplete_CachedChoicesEqualUncachedByteForByte(string command, string option, string typed)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new DatasetCopy();
        await using var cached = await StartAsync(data, cacheEntries: null, cancellation);
        await using var uncached = await StartAsync(data, cacheEntries: 0, cancellation);

        var first = await DiscordAsync(cached, Autocomplete(command, option, typed, "1", "token-one"), cancellation);
        var second = await DiscordAsync(cached, Autocomplete(command, option, typed, "2", "token-two"), cancellation);
        var reference = await DiscordAsync(uncached, Autocomplete(command, option, typed, "3", "token-three"), cancellation);

        second.ShouldBe(first);
        first.ShouldBe(reference);
        using var json = JsonDocument.Parse(first);
        json.RootElement.GetProperty("type").GetInt32().ShouldBe(8);
        cached.App.Services.GetRequiredService<ReplyCache>().Count.ShouldBe(1);
    }

    [Fact]
    public async Task DatasetReload_FigureChanged_NextReplyShowsTheNewFigure()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new DatasetCopy();
        await using var host = await StartAsync(data, cacheEntries: null, cancellation);
        var compare = Command("compare", """{"name":"model1","type":3,"value":"muse-spark"},{"name":"model2","type":3,"value":"gpt-5.4"}""", "1", "t", "U1");

        var before = Encoding.UTF8.GetString(await DiscordAsync(host, compare, cancellation));
        var slackBefore = Encoding.UTF8.GetString(await SlackAsync(host, "/compare", "muse-spark gpt-5.4", "U1", "http://127.0.0.1:9/hook", cancellation));
        data.Replace("results/dayahimour-muse-spark.yaml", "value: 86.4", "value: 87.9");
        host.App.Services.GetRequiredService<FileDatasetProvider>().Reload().IsValid.ShouldBeTrue();
        var after = Encoding.UTF8.GetString(await DiscordAsync(host, compare, cancellation));
        var slackAfter = Encoding.UTF8.GetString(await SlackAsync(host, "/compare", "muse-spark gpt-5.4", "U1", "http://127.0.0.1:9/hook", cancellation));

        before.ShouldNotContain("87.9");
        slackBefore.ShouldNotContain("87.9");
        after.ShouldContain("87.9");
        slackAfter.ShouldContain("87.9");
    }

    /// <summary><c>modelbot serve</c> over <paramref name="data"/>, with the reply cache at its default size or the given one.</summary>
    private static Task<SignedServeHost> StartAsync(DatasetCopy data, int? cacheEntries, CancellationToken cancellation) =>
        SignedServeHost.StartAsync(cancellation,
            ("Data:Path", data.Directory),
            ("Answers:CacheEntries", (cacheEntries ?? AnswersOptions.DefaultCacheEntries).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Posts a signed interaction and returns the 200 reply body.</summary>
    private static Task<byte[]> DiscordAsync(SignedServeHost host, string body, CancellationToken cancellation) =>
        ReplyAsync(host, "/discord/interactions", body, "application/json", cancellation);

    /// <summary>Posts a signed slash command (form fields) and returns the 200 reply body.</summary>
    private static Task<byte[]> SlackAsync(SignedServeHost host, string command, string text, string userId, string responseUrl, CancellationToken cancellation) =>
        ReplyAsync(host, "/slack/commands",
            $"command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&user_id={userId}&channel_id=C1&team_id=T1&response_url={Uri.EscapeDataString(responseUrl)}",
            "application/x-www-form-urlencoded", cancellation);

    private static async Task<byte[]> ReplyAsync(SignedServeHost host, string route, string body, string contentType, CancellationToken cancellation)
    {
        using var response = await host.PostSignedAsync(route, body, contentType, cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync(cancellation);
    }

    private static string Command(string name, string options, string id, string token, string user) =>
        $$$"""{"id":"{{{id}}}","application_id":"{{{SignedServeHost.DiscordApplicationId}}}","type":2,"guild_id":"42","channel_id":"43","member":{"user":{"id":"{{{user}}}"}},"token":"{{{token}}}","version":1,"data":{"id":"9","name":"{{{name}}}","type":1,"options":[{{{options}}}]}}""";

    private static string Autocomplete(string command, string option, string typed, string id, string token) =>
        $$$"""{"id":"{{{id}}}","application_id":"{{{SignedServeHost.DiscordApplicationId}}}","type":4,"channel_id":"43","user":{"id":"U9"},"token":"{{{token}}}","version":1,"data":{"id":"9","name":"{{{command}}}","type":1,"options":[{"name":"{{{option}}}","type":3,"value":{{{JsonSerializer.Serialize(typed)}}},"focused":true}]}}""";

    private static string Click(string customId, string id, string token) =>
        $$$"""{"id":"{{{id}}}","application_id":"{{{SignedServeHost.DiscordApplicationId}}}","type":3,"channel_id":"43","user":{"id":"U9"},"token":"{{{token}}}","version":1,"message":{"id":"77"},"data":{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"component_type":2}}""";

    private static List<string> CustomIds(byte[] reply)
    {
        using var json = JsonDocument.Parse(reply);
        var ids = new List<string>();
        if (json.RootElement.GetProperty("data").TryGetProperty("components", out var rows))
        {
            foreach (var row in rows.EnumerateArray())
            {
                foreach (var component in row.GetProperty("components").EnumerateArray())
                {
                    ids.Add(component.GetProperty("custom_id").GetString()!);
                }
            }
        }
        return ids;
    }
}
