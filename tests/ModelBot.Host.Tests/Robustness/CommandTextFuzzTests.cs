using System.Collections.Concurrent;
using System.Text.Json;
using CsCheck;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Host.Tests.Rendering;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Options;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Payloads;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// Random text at every command of the catalog, through the real router and renderers and through signed platform
/// requests to the real host: always an answer or a clear error, never an exception; no reply pings anyone or
/// exceeds a platform limit.
/// </summary>
public class CommandTextFuzzTests(RealPipeline pipeline, SignedHost host) : IClassFixture<RealPipeline>, IClassFixture<SignedHost>
{
    private static readonly CommandCatalog Catalog = new();

    public static TheoryData<string> Commands => [.. Catalog.Commands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void AnyText_ThroughTheRouterAndBothRenderers_AnswersWithinLimitsPingingNobody(string name)
    {
        var command = Catalog.Find(name)!;
        var handler = pipeline.Handler;
        var composer = new SlackAnswerComposer(Microsoft.Extensions.Options.Options.Create(new SlackOptions()));
        Gen.Select(UserText.Any(), UserText.Any(300).Array[command.Options.Count], Gen.Bool).Sample((text, optionValues, typed) =>
        {
            // Typed: "/compare …" as a Slack slash command or a chat line; otherwise named options as Discord sends them.
            var options = typed ? new Dictionary<string, string>() : command.Options.Select((o, i) => (o.Name, optionValues[i])).ToDictionary(p => p.Name, p => p.Item2);
            var request = new ChatRequest { Platform = typed ? "slack" : "discord", Command = name, Text = typed ? text : ChatRequestFactory.Text(command, options), Options = options };

            var answer = handler.HandleAsync(request, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();

            answer.ShouldNotBeNull();
            if (!answer.Ok)
            {
                answer.Error.ShouldNotBeNullOrWhiteSpace("a failed answer says why");
            }
            var problems = new List<string>();
            var discordOptions = (IReadOnlyDictionary<string, string>)options;
            for (var page = 0; page < ModelBot.Discord.Rendering.DiscordMessageRenderer.PageCount(answer); page++)
            {
                var message = InteractionProcessor.RenderPage(answer, page, command, discordOptions);
                var wire = InteractionCallback.Reply(message).ToUtf8Json();
                problems.AddRange(ReplyRules.DiscordResponseProblems(wire.ToArray()).Select(p => $"Discord page {page}: {p}"));
            }
            var replay = new ButtonState(name, text, 0);
            for (var page = 0; page < ModelBot.Slack.Rendering.SlackMessageRenderer.PageCount(answer); page++)
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(composer.Compose(answer, replay, page), SlackPayloadJsonContext.Wire.SlackMessage);
                problems.AddRange(ReplyRules.SlackMessageProblems(json).Select(p => $"Slack page {page}: {p}"));
            }
            problems.ShouldBeEmpty($"/{name} {(typed ? text : string.Join(" | ", options.Values))}");
        }, iter: FuzzSettings.Iterations(150));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task AnyText_InSignedDiscordAndSlackRequests_AnsweredWellFormed(string name)
    {
        var command = Catalog.Find(name)!;
        var problems = new ConcurrentQueue<string>();
        await Gen.Select(UserText.Any(600), UserText.Any(300).Array[command.Options.Count]).SampleAsync(async (text, optionValues) =>
        {
            var interaction = ValidRequests.DiscordCommand(name, [.. command.Options.Select((o, i) => (o.Name, optionValues[i]))]);
            var discord = await host.SendAsync("POST", "/discord/interactions",
                new FuzzRequest("random option values", System.Text.Encoding.UTF8.GetBytes(interaction.ToJsonString()), ValidRequests.Json, Sign: true));
            var slack = await host.SendAsync("POST", "/slack/commands",
                new FuzzRequest("random text", ValidRequests.SlackCommand("/" + name, text), ValidRequests.Form, Sign: true));
            foreach (var response in new[] { discord, slack })
            {
                if (response.Code != 200)
                {
                    problems.Enqueue($"a valid signed command was not answered 200 — {response}");
                }
                foreach (var problem in ReplyRules.Problems(response))
                {
                    problems.Enqueue(problem);
                }
            }
        }, iter: FuzzSettings.Iterations(40));

        problems.ShouldBeEmpty($"{problems.Count} bad answers:\n{string.Join("\n", problems.Take(10))}");
        await host.AssertStillServingAsync();
    }
}
