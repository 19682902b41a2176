using System.Diagnostics;

namespace ModelBot.LoadHarness.Running;

/// <summary>
/// A Node peer app under bench/peers: <c>npm install</c> on first use (node_modules is not committed), then
/// <c>node server.js</c> with its settings in the environment; it prints <c>listening on PORT</c> once bound to 127.0.0.1.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NodeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>True when node and npm are on PATH.</summary>
    public static bool IsAvailable => OnPath("node") && OnPath("npm");

    /// <summary>Installs (when needed) and starts the app in <paramref name="directory"/>.</summary>
    public static async Task<NodeProcess> StartAsync(string directory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            using var install = Process.Start(new ProcessStartInfo("npm", "install --no-audit --no-fund --omit=dev") { WorkingDirectory = directory, UseShellExecute = false })!;
            await install.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm install failed in {directory}");
            }
        }
        var start = new ProcessStartInfo("node", "server.js") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        const string Prefix = "listening on ";
        if (line is null || !line.StartsWith(Prefix, StringComparison.Ordinal) || !int.TryParse(line.AsSpan(Prefix.Length), out var port))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node server.js in {directory} did not report its port (got: {line})");
        }
        return new NodeProcess(process, port);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, name)));
}
