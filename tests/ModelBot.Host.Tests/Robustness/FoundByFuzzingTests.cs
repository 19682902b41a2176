using System.Net;
using System.Text;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// The signed requests that answered 500 when the barrage found them, kept as fixed cases: each must now be a 4xx
/// or a well-formed reply, and the host keeps serving.
/// </summary>
public class FoundByFuzzingTests(SignedHost host) : IClassFixture<SignedHost>
{
    private static byte[] Compare(string optionValueJson) => Encoding.UTF8.GetBytes(
        ValidRequests.DiscordCommand("compare", ("model1", "__v__"), ("model2", "gpt-5.4")).ToJsonString().Replace("\"__v__\"", optionValueJson, StringComparison.Ordinal));

    private static byte[] OptionsOf(System.Text.Json.Nodes.JsonObject interaction, string optionsJson)
    {
        interaction["data"]!["options"] = "#";
        return Encoding.UTF8.GetBytes(interaction.ToJsonString().Replace("\"#\"", optionsJson, StringComparison.Ordinal));
    }

    /// <summary>Replaces the one '#' in <paramref name="body"/> with raw bytes (invalid UTF-8 exactly where wanted).</summary>
    private static byte[] Splice(byte[] body, byte[] raw)
    {
        var at = Array.IndexOf(body, (byte)'#');
        return [.. body[..at], .. raw, .. body[(at + 1)..]];
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        // Discord option values stay raw JsonElements: GetString()/GetRawText() threw InvalidOperationException.
        { "/discord/interactions", "invalid UTF-8 in an option value", "utf8" },
        { "/discord/interactions", "escaped lone surrogates in an option value", "\"\\udfff\\ud800\"" },
        { "/discord/interactions", "object holding invalid UTF-8 as an option value", "utf8-object" },
        // "options": [null] threw NullReferenceException building the request and finding the focused option.
        { "/discord/interactions", "options: [null] in a command", "options-null-command" },
        { "/discord/interactions", "options: [null] in an autocomplete", "options-null-autocomplete" },
        // Slack block_actions: "actions" null or [null] threw NullReferenceException in the dispatcher.
        { "/slack/interactivity", "actions: null", """{"type":"block_actions","response_url":"http://127.0.0.1:9/h","actions":null}""" },
        { "/slack/interactivity", "actions: [null]", """{"type":"block_actions","response_url":"http://127.0.0.1:9/h","actions":[null]}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SignedRequest_ThatOnceAnswered500_IsNowRefusedOrAnswered(string route, string what, string payload)
    {
        var body = payload switch
        {
            "utf8" => Splice(Compare("\"#\""), [0x61, 0xC3, 0x28, 0x62]),
            "utf8-object" => Splice(Compare("{\"x\":\"#\"}"), [0xFF, 0xFE]),
            "options-null-command" => OptionsOf(ValidRequests.DiscordCommand("compare"), "[null]"),
            "options-null-autocomplete" => OptionsOf(ValidRequests.DiscordAutocomplete(), "[null,{\"name\":\"model1\",\"type\":3,\"value\":\"g\",\"focused\":true}]"),
            _ when route == "/discord/interactions" => Compare(payload),
            _ => ValidRequests.InteractivityForm(payload),
        };
        var contentType = route == "/discord/interactions" ? ValidRequests.Json : ValidRequests.Form;

        var response = await host.SendAsync("POST", route, new FuzzRequest(what, body, contentType, Sign: true));

        ReplyRules.Problems(response).ShouldBeEmpty();
        response.Status.ShouldNotBe(HttpStatusCode.Unauthorized, "the case must get past verification to test the parser");
        await host.AssertStillServingAsync();
    }
}
