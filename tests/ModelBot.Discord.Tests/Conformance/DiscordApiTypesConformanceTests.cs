using ModelBot.Conformance.Tests;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Conformance;

/// <summary>
/// Type-checks every golden Discord payload in the repository (interaction responses, message bodies, webhook edits,
/// command registration) against Discord's published types (discord-api-types, <c>tsc --noEmit</c>) with the project in
/// tests/conformance/discord, installed by <c>npm ci</c> from its lockfile. A deliberately wrong payload must fail the
/// same check, so a check that passes everything would be caught. Skipped, saying why, without node/npm or registry.
/// </summary>
public sealed class DiscordApiTypesConformanceTests
{
    private static readonly NodeProject Project = new("discord");

    [Fact]
    public async Task EveryGoldenPayload_TypeChecksAgainstDiscordApiTypes()
    {
        var goldens = ConformanceGoldens.Discord();
        goldens.ShouldContain("tests/ModelBot.Discord.Tests/Interactions/Golden/command-compare.json");
        goldens.ShouldContain(path => path.EndsWith(".discord.json", StringComparison.Ordinal));
        await Project.EnsureInstalledAsync();

        var (generated, generateOutput) = await Project.RunAsync(NodeProject.FindOnPath("node")!, ["generate.mjs", "--out", "payloads.generated.ts", .. goldens]);
        generated.ShouldBe(0, generateOutput);
        generateOutput.ShouldContain($"generated {goldens.Count} payload checks");
        var checkedFiles = File.ReadAllLines(Path.Combine(Project.Directory, "payloads.generated.ts")).Where(line => line.StartsWith("// tests/", StringComparison.Ordinal)).Select(line => line[3..]);
        checkedFiles.ShouldBe(goldens);

        var (exitCode, output) = await Project.RunAsync(Project.Tsc, ["--noEmit", "-p", "tsconfig.json"]);

        exitCode.ShouldBe(0, $"golden payloads do not type-check against discord-api-types:\n{output}");
    }

    [Fact]
    public async Task DeliberatelyWrongPayloads_FailTheCheck()
    {
        await Project.EnsureInstalledAsync();
        var directory = Path.Combine(GoldenFile.RepositoryRoot(), "tests", "ModelBot.Discord.Tests", "obj", "conformance-negative");
        Directory.CreateDirectory(directory);
        // An embed colour as text and a string flag: both wrong for Discord, both would be sent as JSON without complaint.
        var wrong = Path.Combine(directory, "wrong-embed.json");
        await File.WriteAllTextAsync(wrong, """{"type":4,"data":{"embeds":[{"title":"x","color":"red"}],"flags":"ephemeral"}}""", TestContext.Current.CancellationToken);
        var relative = Path.GetRelativePath(GoldenFile.RepositoryRoot(), wrong).Replace('\\', '/');

        var (generated, generateOutput) = await Project.RunAsync(NodeProject.FindOnPath("node")!, ["generate.mjs", "--out", "negative.generated.ts", relative]);
        generated.ShouldBe(0, generateOutput);
        var (exitCode, output) = await Project.RunAsync(Project.Tsc, ["--noEmit", "-p", "tsconfig.negative.json"]);

        exitCode.ShouldNotBe(0, output);
        output.ShouldContain("negative.generated.ts");
        output.ShouldContain("error TS");
    }
}
