using System.Text.Json;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// What every answer to a hostile request must be: a 4xx, or a 200 whose body is a well-formed reply the platform
/// accepts (within its limits, pinging nobody; an error shown only to the asker on Discord). Never a 5xx.
/// </summary>
internal static class ReplyRules
{
    /// <summary>Slack mrkdwn that would notify people if user text reached it unescaped.</summary>
    private static readonly string[] SlackPings = ["<!channel", "<!here", "<!everyone", "<!subteam", "<@"];

    /// <summary>The ways <paramref name="response"/> breaks the rules; empty when it keeps them.</summary>
    public static List<string> Problems(FuzzResponse response)
    {
        var problems = new List<string>();
        if (response.Code >= 500)
        {
            problems.Add($"server error {response.Code}");
        }
        else if (response.Code is >= 400 and < 500)
        {
            // A refusal: any 4xx is a well-formed answer to a bad request.
        }
        else if (response.Code != 200)
        {
            problems.Add($"unexpected status {response.Code}");
        }
        else
        {
            try
            {
                CheckOk(response, problems);
            }
            catch (JsonException exception)
            {
                problems.Add("200 with a body that is not JSON: " + exception.Message);
            }
        }
        return [.. problems.Select(problem => $"{problem} — {response}")];
    }

    private static void CheckOk(FuzzResponse response, List<string> problems)
    {
        switch (response.Route)
        {
            case "/discord/interactions":
                CheckDiscord(response.Body, problems);
                break;
            case "/slack/commands":
                if (response.Body.Length > 0)
                {
                    CheckSlackMessage(response.Body, problems);
                }
                break;
            case "/slack/events":
                if (response.Body.Length > 0)
                {
                    using var json = JsonDocument.Parse(response.Body);
                    if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("challenge", out _))
                    {
                        problems.Add("events answered 200 with a body that is not a url_verification echo");
                    }
                }
                break;
            case "/slack/interactivity":
                if (response.Body.Length > 0)
                {
                    problems.Add("interactivity acknowledges with an empty 200; the answer goes to response_url");
                }
                break;
            case "/healthz":
                using (var json = JsonDocument.Parse(response.Body))
                {
                    json.RootElement.GetProperty("status").GetString().ShouldNotBeNull();
                }
                break;
            case "/health/live" or "/health/ready":
                if (System.Text.Encoding.UTF8.GetString(response.Body) is not ("Healthy" or "Degraded"))
                {
                    problems.Add("a health probe answered 200 without Healthy or Degraded");
                }
                break;
        }
    }

    private static void CheckDiscord(byte[] body, List<string> problems)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number)
        {
            problems.Add("200 that is not an interaction response");
            return;
        }
        var callback = type.GetInt32();
        if (callback is not (1 or 4 or 5 or 6 or 7 or 8))
        {
            problems.Add($"unknown callback type {callback}");
        }
        if (callback is not (4 or 7) || !root.TryGetProperty("data", out var data))
        {
            return;
        }
        if (!data.TryGetProperty("allowed_mentions", out var mentions)
            || !mentions.TryGetProperty("parse", out var parse) || parse.GetArrayLength() != 0
            || mentions.EnumerateObject().Any(p => p.Name != "parse"))
        {
            problems.Add("message without allowed_mentions {parse: []}: it could ping");
        }
        var message = data.Deserialize(DiscordPayloadJsonContext.Wire.DiscordMessage)!;
        message = message with { AllowedMentions = message.AllowedMentions ?? AllowedMentions.None }; // reported above when absent
        problems.AddRange(DiscordLimitChecker.Violations(message).Select(v => "Discord limit: " + v));
        var isError = message.Embeds is { Count: > 0 } embeds && embeds[0].Color == EmbedColors.Error;
        if (isError && ((message.Flags ?? 0) & MessageFlags.Ephemeral) == 0)
        {
            problems.Add("an error reply that is not ephemeral (flags 64)");
        }
    }

    /// <summary>The problems of one Slack message payload as sent (fallback, pings, Block Kit limits).</summary>
    public static List<string> SlackMessageProblems(byte[] body)
    {
        var problems = new List<string>();
        CheckSlackMessage(body, problems);
        return problems;
    }

    /// <summary>The problems of one Discord interaction response as sent (type, allowed_mentions, limits, ephemeral errors).</summary>
    public static List<string> DiscordResponseProblems(byte[] body)
    {
        var problems = new List<string>();
        CheckDiscord(body, problems);
        return problems;
    }

    private static void CheckSlackMessage(byte[] body, List<string> problems)
    {
        using (var json = JsonDocument.Parse(body))
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("text", out var text) || string.IsNullOrWhiteSpace(text.GetString()))
            {
                problems.Add("Slack reply without a plain text fallback");
            }
            foreach (var value in MrkdwnTexts(json.RootElement, isRoot: true))
            {
                if (SlackPings.FirstOrDefault(ping => value.Contains(ping, StringComparison.OrdinalIgnoreCase)) is { } ping)
                {
                    problems.Add($"Slack reply contains '{ping}': it could ping");
                }
            }
        }
        var message = JsonSerializer.Deserialize(body, SlackPayloadJsonContext.Wire.SlackMessage)!;
        problems.AddRange(SlackLimitChecker.Violations(message, SlackLimits.Blocks).Select(v => "Slack limit: " + v));
    }

    /// <summary>
    /// The texts Slack parses for mentions: the top-level <c>text</c> fallback and every <c>mrkdwn</c> text object
    /// (plain_text, button values and ids are shown or carried verbatim and never ping).
    /// </summary>
    private static IEnumerable<string> MrkdwnTexts(JsonElement element, bool isRoot = false)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(item => MrkdwnTexts(item)))
            {
                yield return item;
            }
            yield break;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        var isMrkdwn = element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mrkdwn";
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String && (isRoot || isMrkdwn))
            {
                yield return property.Value.GetString()!;
            }
            foreach (var inner in MrkdwnTexts(property.Value))
            {
                yield return inner;
            }
        }
    }
}
