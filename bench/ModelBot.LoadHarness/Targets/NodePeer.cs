using System.Diagnostics;

namespace ModelBot.LoadHarness.Targets;

/// <summary>
/// A Node peer app under bench/peers: dependencies installed on first use (<c>npm ci</c> from the committed lock file),
/// then <c>node &lt;script&gt;</c> with PORT and its credentials in the environment, bound to 127.0.0.1.
/// </summary>
/// <param name="Name">Shown in the report, e.g. <c>@slack/bolt (Node)</c>.</param>
/// <param name="Directory">Its directory under bench/peers.</param>
/// <param name="Script">The file node runs.</param>
/// <param name="Environment">Its credentials (PORT is added).</param>
public sealed record NodePeer(string Name, string Directory, string Script, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Why Node peers cannot run here, or null when node and npm are on PATH.</summary>
    public static string? Unavailable() =>
        !OnPath("node") ? "node not found on PATH" : !OnPath("npm") ? "npm not found on PATH" : null;

    /// <summary>Installs the dependencies when node_modules is missing; the reason on failure, null on success.</summary>
    public async Task<string?> InstallAsync(TextWriter log, CancellationToken cancellationToken)
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
        {
            return null;
        }
        var command = File.Exists(Path.Combine(Directory, "package-lock.json")) ? "ci" : "install";
        await log.WriteLineAsync($"  npm {command} in {Directory} (first use) …");
        var start = new ProcessStartInfo("npm") { WorkingDirectory = Directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { command, "--no-audit", "--no-fund", "--omit=dev" })
        {
            start.ArgumentList.Add(argument);
        }
        using var npm = Process.Start(start)!;
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await npm.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        }
        catch (TimeoutException)
        {
            npm.Kill(entireProcessTree: true);
            return $"npm {command} took more than 5 minutes in {Directory}";
        }
        await Task.WhenAll(output, errors);
        return npm.ExitCode == 0 ? null : $"npm {command} failed in {Directory}: {errors.Result.Trim()}";
    }

    /// <summary>Spawns <c>node Script</c> on <paramref name="port"/>.</summary>
    public TargetProcess Start(int port)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory };
        start.ArgumentList.Add(Script);
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NODE_ENV"] = "production";
        return TargetProcess.Start(start);
    }

    private static bool OnPath(string name) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, name)));
}
