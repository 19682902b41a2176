using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModelBot.Tests.Redis;

/// <summary>
/// A real <c>redis-server</c> (Debian package <c>redis-server</c>) on a free loopback port, with no persistence, started
/// for a test class and stopped with it. Tests call <see cref="RequireAsync"/> first: without the binary they are
/// skipped with the reason, never passed silently. <see cref="Kill"/> and <see cref="StartAgainAsync"/> stage an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>Where Debian installs the server; <c>PATH</c> is searched too.</summary>
    public const string DebianPath = "/usr/bin/redis-server";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private Process? _process;
    private Task<string?>? _started;

    /// <summary>The port the server listens on (127.0.0.1), fixed for the fixture's life so a restart keeps clients' configuration.</summary>
    public int Port { get; } = FreePort();

    /// <summary>A StackExchange.Redis configuration string for the server.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000";

    /// <summary>The binary, or null when redis-server is not installed.</summary>
    public static string? Binary { get; } = Find();

    /// <summary>Starts the server once (later calls share the start) or skips the test with the reason.</summary>
    public async Task RequireAsync()
    {
        if (Binary is null)
        {
            Assert.Skip("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it); the real-Redis tests are skipped");
        }
        Task<string?> started;
        lock (_gate)
        {
            started = _started ??= StartAsync();
        }
        if (await started is { } failure)
        {
            Assert.Fail($"redis-server did not start: {failure}");
        }
    }

    /// <summary>Kills the server at once (an outage: connections drop, nothing is saved).</summary>
    public void Kill()
    {
        lock (_gate)
        {
            if (_process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            _started = null;
        }
    }

    /// <summary>Starts the server again on the same port after <see cref="Kill"/>.</summary>
    public Task StartAgainAsync() => RequireAsync();

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string?> StartAsync()
    {
        _process?.Dispose();
        var start = new ProcessStartInfo(Binary!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        _process = process;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                return $"exited with {process.ExitCode}";
            }
            if (await PingAsync())
            {
                return null;
            }
            await Task.Delay(50);
        }
        return $"no PONG on port {Port} within {StartTimeout}";
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(1));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Find()
    {
        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
