using System.Collections.Concurrent;
using System.Diagnostics;
using ModelBot.Rendering.Tests;

namespace ModelBot.Conformance.Tests;

/// <summary>
/// A small Node project under tests/conformance, installed from its committed package-lock.json with <c>npm ci</c> (so a
/// fresh clone gets exactly the checked versions) and run with its own tsc. Skips the calling test, saying why, when
/// node or npm is not installed or the npm registry cannot be reached; any other install failure fails the test.
/// </summary>
internal sealed class NodeProject
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InstallLocks = new(StringComparer.Ordinal);
    private static readonly string[] OfflineSigns = ["ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "network"];
    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    public NodeProject(string name) => Directory = Path.Combine(GoldenFile.RepositoryRoot(), "tests", "conformance", name);

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>The project's own tsc.</summary>
    public string Tsc => Path.Combine(Directory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "tsc.cmd" : "tsc");

    /// <summary>Installs the locked dependencies once per change of the lockfile, or skips the test with the reason.</summary>
    public async Task EnsureInstalledAsync()
    {
        var npm = FindOnPath("npm");
        if (FindOnPath("node") is null || npm is null)
        {
            Assert.Skip($"node and npm are not on PATH, so the type check in {Relative} did not run; install Node.js 20 or later to run it.");
        }
        var gate = InstallLocks.GetOrAdd(Directory, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            var lockfile = Path.Combine(Directory, "package-lock.json");
            File.Exists(lockfile).ShouldBeTrue($"{Relative}/package-lock.json is missing: run npm install there and commit it, so every machine checks against the same versions");
            var installed = Path.Combine(Directory, "node_modules", ".package-lock.json");
            if (File.Exists(Tsc) && File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockfile))
            {
                return;
            }
            var (exitCode, output) = await RunAsync(npm!, ["ci", "--no-audit", "--no-fund"], InstallLimit);
            if (exitCode != 0 && OfflineSigns.Any(sign => output.Contains(sign, StringComparison.OrdinalIgnoreCase)))
            {
                Assert.Skip($"npm ci could not reach the npm registry, so the type check in {Relative} did not run:\n{output}");
            }
            exitCode.ShouldBe(0, $"npm ci failed in {Relative}:\n{output}");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs a program in the project's folder and returns its exit code and output (stdout then stderr).</summary>
    public Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments) => RunAsync(file, arguments, RunLimit);

    /// <summary>The path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? [name + ".cmd", name + ".exe"] : new[] { name })
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

    private string Relative => Path.GetRelativePath(GoldenFile.RepositoryRoot(), Directory).Replace('\\', '/');

    private async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        hang.CancelAfter(limit);
        var stdout = process.StandardOutput.ReadToEndAsync(hang.Token);
        var stderr = process.StandardError.ReadToEndAsync(hang.Token);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
