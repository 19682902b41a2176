using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Options;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Tests.Conformance;

/// <summary>
/// Type-checks the JSON the adapter emits (slash command replies, response_url updates, Sources replies,
/// chat.postMessage bodies, Socket Mode acks) against @slack/types with tsc, in tests/conformance/slack.
/// Skipped, with the reason, where node and npm are not installed.
/// </summary>
public class SlackTypesConformanceTests
{
    private static readonly string Project = Path.Combine(GoldenFile.RepositoryRoot(), "tests", "conformance", "slack");

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
        var count = 0;
        foreach (var golden in Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "tests", "ModelBot.Slack.Tests", "Commands", "Golden"), "*.json"))
        {
            Write(generated, "golden_" + Path.GetFileNameWithoutExtension(golden).Replace('.', '_'), "ResponseMessage", await File.ReadAllTextAsync(golden, TestContext.Current.CancellationToken));
            count++;
        }
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

    [Fact]
    public async Task Check_WrongBlockShape_IsRejectedByTsc()
    {
        await EnsureToolchainAsync();
        var negative = Path.Combine(Project, "negative");
        Directory.CreateDirectory(negative);
        Write(negative, "bad", "ResponseMessage", """{"text":"x","blocks":[{"type":"header","text":{"type":"mrkdwn","text":"headers are plain_text only"}}]}""");
        var (exitCode, output) = await RunAsync(Tsc, ["-p", "tsconfig.negative.json"]);
        exitCode.ShouldNotBe(0, output);
        output.ShouldContain("bad.ts");
        output.ShouldContain("error TS2");
    }

    private static string Tsc => Path.Combine(Project, "node_modules", ".bin", OperatingSystem.IsWindows() ? "tsc.cmd" : "tsc");

    private static string Wire(SlackMessage message) => JsonSerializer.Serialize(message, SlackPayloadJsonContext.Wire.SlackMessage);

    private static void Write(string directory, string name, string type, string json)
    {
        var importPath = Path.GetFileName(directory) == "negative" || Path.GetFileName(directory) == "generated" ? "../messages.js" : "./messages.js";
        var text = new StringBuilder()
            .Append("import type { ").Append(type).Append(" } from '").Append(importPath).Append("';\n")
            .Append("export const ").Append(name).Append(": ").Append(type).Append(" = ").Append(json.Trim()).Append(";\n");
        File.WriteAllText(Path.Combine(directory, name + ".ts"), text.ToString());
    }

    private static async Task EnsureToolchainAsync()
    {
        if (FindOnPath("node") is null || FindOnPath("npm") is null)
        {
            Assert.Skip("node and npm are not installed, so the emitted JSON cannot be type-checked against @slack/types; install Node.js to run this check.");
        }
        if (File.Exists(Tsc))
        {
            return;
        }
        var (exitCode, output) = await RunAsync(FindOnPath("npm")!, ["install", "--no-audit", "--no-fund", "--no-package-lock"]);
        if (exitCode != 0 && (output.Contains("ENOTFOUND", StringComparison.Ordinal) || output.Contains("EAI_AGAIN", StringComparison.Ordinal) || output.Contains("ETIMEDOUT", StringComparison.Ordinal)))
        {
            Assert.Skip("the npm registry is unreachable, so @slack/types and typescript cannot be installed:\n" + output);
        }
        exitCode.ShouldBe(0, "npm install failed in tests/conformance/slack:\n" + output);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe" } : [name])
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }
        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
