using System.Diagnostics;

namespace ModelBot.LoadHarness.Targets;

/// <summary>
/// A server under test in a process of its own: its output is drained (the last lines kept for error messages), its
/// memory read from /proc, and it is killed with its children when disposed.
/// </summary>
public sealed class TargetProcess : IAsyncDisposable
{
    private const int KeptLines = 30;
    private readonly Process _process;
    private readonly Queue<string> _recent = new();

    private TargetProcess(Process process, long spawnedAt)
    {
        _process = process;
        SpawnedAt = spawnedAt;
    }

    /// <summary>The process id (for node peers, the node process itself).</summary>
    public int Id => _process.Id;

    /// <summary>The <see cref="Stopwatch"/> timestamp just before the process was spawned.</summary>
    public long SpawnedAt { get; }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines it wrote to standard output or error.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recent)
            {
                return string.Join(Environment.NewLine, _recent);
            }
        }
    }

    /// <summary>Spawns <paramref name="start"/> with standard input closed and output drained.</summary>
    public static TargetProcess Start(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var spawnedAt = Stopwatch.GetTimestamp();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var target = new TargetProcess(process, spawnedAt);
        process.OutputDataReceived += (_, e) => target.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => target.Keep(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start {start.FileName}");
        }
        process.StandardInput.Close(); // a server must not wait for a terminal
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return target;
    }

    /// <summary>CPU time (user + system) it has used so far, or null once it has exited.</summary>
    public TimeSpan? CpuTime
    {
        get
        {
            try
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <summary>Its memory now, or null when it cannot be read.</summary>
    public ProcessMemory? ReadMemory() => ProcessMemory.Read(_process.Id);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_recent)
        {
            _recent.Enqueue(line);
            while (_recent.Count > KeptLines)
            {
                _recent.Dequeue();
            }
        }
    }
}
