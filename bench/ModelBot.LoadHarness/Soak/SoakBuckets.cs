using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Soak;

/// <summary>Collects each request's outcome into the time slice in which it started. Thread-safe.</summary>
public sealed class SoakBuckets
{
    private readonly TimeSpan _width;
    private readonly List<TimeSpan>[] _latencies;
    private readonly int[] _failed;

    /// <summary><paramref name="count"/> slices covering <paramref name="duration"/>.</summary>
    public SoakBuckets(TimeSpan duration, int count)
    {
        _width = duration / count;
        _latencies = [.. Enumerable.Range(0, count).Select(_ => new List<TimeSpan>())];
        _failed = new int[count];
    }

    /// <summary>Records a request started at <paramref name="startedAt"/> (since the soak started).</summary>
    public void Add(TimeSpan startedAt, TimeSpan latency, bool answered)
    {
        var index = Math.Clamp((int)(startedAt / _width), 0, _failed.Length - 1);
        lock (_latencies[index])
        {
            _latencies[index].Add(latency);
            if (!answered)
            {
                _failed[index]++;
            }
        }
    }

    /// <summary>The slices with their percentiles.</summary>
    public IReadOnlyList<SoakBucket> ToList() =>
    [
        .. _latencies.Select((latencies, i) =>
        {
            lock (latencies)
            {
                var sorted = latencies.Order().ToArray();
                return new SoakBucket(_width * i, _width * (i + 1), sorted.Length, _failed[i], Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.99));
            }
        }),
    ];
}
