using System.Diagnostics;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Conformance;

/// <summary>
/// Type-checks every golden payload against Discord's published types (discord-api-types, tsc --noEmit) with the
/// project in tests/conformance/discord. Needs node and npm; skipped, saying so, when they are not installed.
/// </summary>
public sealed class DiscordApiTypesConformanceTests
{
    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan CheckLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task GoldenPayloads_TypeCheckAgainstDiscordApiTypes()
    {
        var npm = FindOnPath("npm");
        if (FindOnPath("node") is null || npm is null)
        {
            Assert.Skip("node/npm not found on PATH: the discord-api-types conformance check (tests/conformance/discord) did not run.");
        }
        var project = Path.Combine(GoldenFile.RepositoryRoot(), "tests", "conformance", "discord");
        if (!File.Exists(Path.Combine(project, "node_modules", "discord-api-types", "package.json")))
        {
            var (installed, installOutput) = await RunAsync(npm!, "install --no-audit --no-fund", project, InstallLimit);
            installed.ShouldBe(0, $"npm install failed in {project}:\n{installOutput}");
        }

        var (exitCode, output) = await RunAsync(npm!, "run check", project, CheckLimit);

        exitCode.ShouldBe(0, $"golden payloads do not type-check against discord-api-types:\n{output}");
        output.ShouldContain("payload checks");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, string directory, TimeSpan limit)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
