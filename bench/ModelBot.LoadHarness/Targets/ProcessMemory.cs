using System.Globalization;

namespace ModelBot.LoadHarness.Targets;

/// <summary>A process's memory from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
/// <param name="RssBytes">VmRSS: resident now.</param>
/// <param name="PeakRssBytes">VmHWM: the most ever resident.</param>
public sealed record ProcessMemory(long RssBytes, long PeakRssBytes)
{
    /// <summary>Reads process <paramref name="pid"/>; null when /proc is unavailable or the process is gone.</summary>
    public static ProcessMemory? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid}/status"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Parses the text of a status file; null when VmRSS or VmHWM is missing.</summary>
    public static ProcessMemory? Parse(string status)
    {
        long? rss = null;
        long? peak = null;
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }
        return rss is { } r && peak is { } p ? new ProcessMemory(r, p) : null;
    }

    // "VmHWM:	   81348 kB": the kernel always reports kB (KiB).
    private static long? Kilobytes(string line)
    {
        var fields = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 2 && fields[1] == "kB" && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }
}
