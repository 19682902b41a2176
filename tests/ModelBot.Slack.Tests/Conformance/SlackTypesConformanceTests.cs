using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Conformance.Tests;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Options;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Tests.Conformance;

/// <summary>
/// Type-checks the JSON the adapter emits (every golden Slack payload in the repository, slash command replies,
/// response_url updates, Sources replies, chat.postMessage bodies, Socket Mode acks) against @slack/types with tsc, in
/// tests/conformance/slack, installed by <c>npm ci</c> from its lockfile. Skipped, with the reason, where node and npm
/// are not installed or the registry cannot be reached.
/// </summary>
public class SlackTypesConformanceTests
{
    private static readonly NodeProject Node = new("slack");
    private static readonly string Project = Node.Directory;

    private static readonly (string Name, Answer Answer)[] Samples =
    [
        ("compare", SampleAnswers.Compare),
        ("leaderboard", SampleAnswers.Leaderboard),
        ("profile", SampleAnswers.Profile),
        ("error", SampleAnswers.Error),
        ("help", SampleAnswers.Help),
        ("huge", SampleAnswers.Huge),
    ];

    [Fact]
    public async Task EmittedJson_TypeChecksAgainstSlackTypes()
    {
        await EnsureToolchainAsync();
        var generated = Path.Combine(Project, "generated");
        if (Directory.Exists(generated))
        {
            Directory.Delete(generated, recursive: true);
        }
        Directory.CreateDirectory(generated);
        var goldens = ConformanceGoldens.Slack();
        goldens.ShouldContain("tests/ModelBot.Slack.Tests/Commands/Golden/compare.slack.json");
        goldens.ShouldContain(path => path.StartsWith("tests/ModelBot.Host.Tests/", StringComparison.Ordinal));
        var count = 0;
        foreach (var golden in goldens)
        {
            var name = "golden_" + string.Concat(golden["tests/".Length..].Select(c => char.IsLetterOrDigit(c) ? c : '_'));
            Write(generated, name, "ResponseMessage", await File.ReadAllTextAsync(Path.Combine(GoldenFile.RepositoryRoot(), golden), TestContext.Current.CancellationToken));
            count++;
        }
        Directory.GetFiles(generated, "golden_*.ts").Length.ShouldBe(goldens.Count, "every golden Slack payload gets its own check");
        var composer = new SlackAnswerComposer(Microsoft.Extensions.Options.Options.Create(new SlackOptions()));
        foreach (var (name, answer) in Samples)
        {
            var replay = new ButtonState(answer.Command, name, 0);
            for (var page = 0; page < Math.Min(3, ModelBot.Slack.Rendering.SlackMessageRenderer.PageCount(answer)); page++)
            {
                var message = composer.Compose(answer, replay, page);
                Write(generated, $"{name}_page{page}", "ResponseMessage", Wire(message with { ReplaceOriginal = page > 0 ? true : null }));
                Write(generated, $"{name}_ack{page}", "SocketModeAck", JsonSerializer.Serialize(new SocketModeAck("env", message), SocketModeJsonContext.Wire.SocketModeAck));
                Write(generated, $"{name}_post{page}", "ChatPostMessageBody", JsonSerializer.Serialize(
                    new ChatPostMessageRequest { Channel = "C1", Text = message.Text, Blocks = message.Blocks, ThreadTs = "1.2" },
                    SlackApiJsonContext.Wire.ChatPostMessageRequest));
                count += 3;
            }
            Write(generated, $"{name}_sources", "ResponseMessage", Wire(SourcesMessage.Build(answer)));
            count++;
        }

        var (exitCode, output) = await RunAsync(Tsc, ["-p", "tsconfig.json"]);
        exitCode.ShouldBe(0, $"tsc rejected the emitted JSON ({count} payloads):\n{output}");
    }

    [Theory]
    [InlineData("bad", """{"text":"x","blocks":[{"type":"header","text":{"type":"mrkdwn","text":"headers are plain_text only"}}]}""")]
    [InlineData("bad_table", """{"text":"x","blocks":[{"type":"table","rows":[[{"type":"plain_text","text":"table cells are raw_text or rich_text"}]]}]}""")]
    [InlineData("bad_table_align", """{"text":"x","blocks":[{"type":"table","rows":[[{"type":"raw_text","text":"1"}]],"column_settings":[{"align":"end"}]}]}""")]
    public async Task Check_WrongBlockShape_IsRejectedByTsc(string name, string json)
    {
        await EnsureToolchainAsync();
        var negative = Path.Combine(Project, "negative");
        if (Directory.Exists(negative))
        {
            Directory.Delete(negative, recursive: true);
        }
        Directory.CreateDirectory(negative);
        Write(negative, name, "ResponseMessage", json);
        var (exitCode, output) = await RunAsync(Tsc, ["-p", "tsconfig.negative.json"]);
        exitCode.ShouldNotBe(0, output);
        output.ShouldContain(name + ".ts");
        output.ShouldContain("error TS2");
    }

    private static string Tsc => Node.Tsc;

    private static string Wire(SlackMessage message) => JsonSerializer.Serialize(message, SlackPayloadJsonContext.Wire.SlackMessage);

    private static void Write(string directory, string name, string type, string json)
    {
        var importPath = Path.GetFileName(directory) == "negative" || Path.GetFileName(directory) == "generated" ? "../messages.js" : "./messages.js";
        var text = new StringBuilder()
            .Append("import type { ").Append(type).Append(" } from '").Append(importPath).Append("';\n")
            .Append("export const ").Append(name).Append(": ").Append(type).Append(" = ").Append(json.Trim()).Append(";\n");
        File.WriteAllText(Path.Combine(directory, name + ".ts"), text.ToString());
    }

    private static Task EnsureToolchainAsync() => Node.EnsureInstalledAsync();

    private static Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments) => Node.RunAsync(file, arguments);
}
