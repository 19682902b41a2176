using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelBot.Host.Tests.Support;
using ModelBot.Slack.Interactivity;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// One valid body per route, the seed the fuzzers truncate, re-encode and reshape. A route the host maps without an
/// entry here fails <see cref="EndpointBarrageTests"/> until one is added, so a new endpoint cannot skip the barrage.
/// </summary>
internal static class ValidRequests
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    /// <summary>(content type, body) of a valid request per route pattern.</summary>
    public static IReadOnlyDictionary<string, (string? ContentType, Func<byte[]> Body)> ByRoute { get; } =
        new Dictionary<string, (string?, Func<byte[]>)>(StringComparer.Ordinal)
        {
            ["/discord/interactions"] = (Json, DiscordCompare),
            ["/slack/commands"] = (Form, SlackBenchmarkCommand),
            ["/slack/events"] = (Json, () => Encoding.UTF8.GetBytes(SlackAppMention("what is muse spark's context window?").ToJsonString())),
            ["/slack/interactivity"] = (Form, () => InteractivityForm(SlackBlockActions().ToJsonString())),
            ["/healthz"] = (null, () => []),
            ["/health/live"] = (null, () => []),
            ["/health/ready"] = (null, () => []),
        };

    /// <summary>The JSON template of a route whose body is JSON (or carries JSON in a form field), for reshaping.</summary>
    public static IReadOnlyList<JsonNode> JsonTemplates(string route) => route switch
    {
        "/discord/interactions" =>
        [
            DiscordCommand("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")),
            DiscordAutocomplete(),
            DiscordButton(),
            new JsonObject { ["id"] = "1", ["application_id"] = SignedServeHost.DiscordApplicationId, ["type"] = 1, ["token"] = "tok", ["version"] = 1 },
        ],
        "/slack/events" => [SlackAppMention("which model leads arc-agi-2?"), new JsonObject { ["type"] = "url_verification", ["challenge"] = "c", ["token"] = "t" }],
        "/slack/interactivity" => [SlackBlockActions()],
        _ => [],
    };

    /// <summary>An APPLICATION_COMMAND_AUTOCOMPLETE interaction typing the first model of /compare.</summary>
    public static JsonObject DiscordAutocomplete()
    {
        var interaction = DiscordCommand("compare", ("model1", "gem"), ("model2", ""));
        interaction["type"] = 4;
        interaction["data"]!["options"]![0]!["focused"] = true;
        return interaction;
    }

    /// <summary>A MESSAGE_COMPONENT interaction: a click on ModelBot's "page 2" button under a leaderboard.</summary>
    public static JsonObject DiscordButton()
    {
        var interaction = DiscordCommand("compare");
        interaction["type"] = 3;
        interaction["data"] = new JsonObject { ["custom_id"] = ModelBot.Discord.Interactions.Components.ComponentCustomId.Encode(
            ModelBot.Discord.Interactions.Components.ComponentAction.Page, 1, new ModelBot.Commands.Catalog.CommandCatalog().Find("benchmark")!, new Dictionary<string, string> { ["benchmark"] = "arc-agi-2" }), ["component_type"] = 2 };
        interaction["message"] = new JsonObject { ["id"] = "5" };
        return interaction;
    }

    /// <summary>Wraps reshaped JSON back into the route's body (the interactivity form carries it in <c>payload</c>).</summary>
    public static byte[] WrapJson(string route, string json) =>
        route == "/slack/interactivity" ? InteractivityForm(json) : Encoding.UTF8.GetBytes(json);

    public static byte[] DiscordCompare() =>
        Encoding.UTF8.GetBytes(DiscordCommand("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")).ToJsonString());

    /// <summary>An APPLICATION_COMMAND interaction for <paramref name="name"/> with string options.</summary>
    public static JsonObject DiscordCommand(string name, params (string Name, string Value)[] options) => new()
    {
        ["id"] = "1",
        ["application_id"] = SignedServeHost.DiscordApplicationId,
        ["type"] = 2,
        ["token"] = "tok",
        ["version"] = 1,
        ["guild_id"] = "81384788765712384",
        ["channel_id"] = "2",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "3", ["username"] = "asker" } },
        ["data"] = new JsonObject
        {
            ["id"] = "9",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value })]),
        },
    };

    public static byte[] SlackBenchmarkCommand() => SlackCommand("/benchmark", "arc-agi-2");

    /// <summary>A slash command form as Slack posts it.</summary>
    public static byte[] SlackCommand(string command, string text) => Encoding.UTF8.GetBytes(
        $"token=x&team_id=T1&channel_id=C1&user_id=U1&user_name=asker&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}" +
        "&api_app_id=A1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&trigger_id=1.2.3");

    /// <summary>An event_callback carrying an app_mention.</summary>
    public static JsonObject SlackAppMention(string text) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = "T1",
        ["api_app_id"] = "A1",
        ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
        ["event_time"] = 1_700_000_000,
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U1",
            ["text"] = "<@U0BOT> " + text,
            ["ts"] = "1700000000.000100",
            ["channel"] = "C1",
        },
    };

    /// <summary>A block_actions payload for ModelBot's "next page" button.</summary>
    public static JsonObject SlackBlockActions() => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U1" },
        ["channel"] = new JsonObject { ["id"] = "C1" },
        ["team"] = new JsonObject { ["id"] = "T1" },
        ["response_url"] = "http://127.0.0.1:9/hook",
        ["trigger_id"] = "1.2.3",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = ActionIds.NextPage,
            ["block_id"] = ActionIds.ActionsBlock,
            ["type"] = "button",
            ["value"] = ButtonValue.Encode(new ButtonState("benchmark", "arc-agi-2", 1)),
        }),
    };

    public static byte[] InteractivityForm(string json) => Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(json));
}
