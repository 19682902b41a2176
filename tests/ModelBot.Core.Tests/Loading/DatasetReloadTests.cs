using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Loading;

public class DatasetReloadTests
{
    private const string Models = "models.yaml";
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private static FileDatasetProvider Provider(TempDataDirectory data, TimeProvider time, ILogger<FileDatasetProvider>? logger = null) => new(
        Options.Create(new DataOptions { Path = data.Path }),
        new DatasetLoader(),
        time,
        logger ?? NullLogger<FileDatasetProvider>.Instance);

    private static DatasetWatcher Watcher(FileDatasetProvider provider, TimeProvider time) => new(
        provider,
        Options.Create(new DataOptions { Path = provider.Path, Watch = true, DebounceMilliseconds = (int)Debounce.TotalMilliseconds }),
        time,
        NullLogger<DatasetWatcher>.Instance);

    private static void BreakModels(TempDataDirectory data) => data.Replace(Models, "id: model-c", "id: Model C");

    private static void AddModelD(TempDataDirectory data) =>
        data.Write(Models, SmallDataset.Models + "  - id: model-d\n    name: Model D\n    vendor: Delta\n    sources: [beta-article]\n    fact_passages: { vendor: { beta-article: \"Delta's D\" } }\n");

    [Fact]
    public void Snapshot_FirstLoad_LogsHowLongReadingCheckingAndIndexingTook()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        // Each reading of the clock moves it on a quarter second: the load reads it at least once after starting.
        var time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromMilliseconds(250) };
        var logger = new ListLogger<FileDatasetProvider>();

        _ = Provider(data, time, logger).Snapshot;

        var loaded = logger.Entries.Single(e => e.Message.StartsWith("Dataset version 1 loaded from", StringComparison.Ordinal)).Message;
        var took = System.Text.RegularExpressions.Regex.Match(loaded, @" in (\d+) ms \(read, checked and indexed\): 3 models");
        took.Success.ShouldBeTrue(loaded);
        int.Parse(took.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(250);
    }

    [Fact]
    public void Reload_BadEdit_KeepsLastGoodDatasetAndLogsWhy()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        var time = new FakeTimeProvider();
        var logger = new ListLogger<FileDatasetProvider>();
        var provider = Provider(data, time, logger);
        var first = provider.Snapshot;
        BreakModels(data);
        time.Advance(TimeSpan.FromMinutes(1));

        var result = provider.Reload();

        result.IsValid.ShouldBeFalse();
        provider.Snapshot.ShouldBeSameAs(first);
        provider.Version.ShouldBe(1);
        provider.Current.Models.Count.ShouldBe(3);
        var failure = provider.LastError.ShouldNotBeNull();
        failure.At.ShouldBe(time.GetUtcNow());
        failure.Errors.ShouldContain(e => e.File == Models && e.Line == data.LineOf(Models, "id: Model C") && e.Message.StartsWith("bad id 'Model C'", StringComparison.Ordinal));
        logger.Entries.ShouldContain(e => e.Level == LogLevel.Error && e.Message.Contains("keeping version 1 in service", StringComparison.Ordinal) && e.Message.Contains("models.yaml:", StringComparison.Ordinal));
        provider.GetStatus().LastError.ShouldBe(failure);
    }

    [Fact]
    public void Reload_GoodEditAfterBadEdit_ReplacesDataset()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        var provider = Provider(data, new FakeTimeProvider());
        provider.EnsureLoaded();
        BreakModels(data);
        provider.Reload();

        AddModelD(data);
        var result = provider.Reload();

        result.IsValid.ShouldBeTrue();
        provider.Version.ShouldBe(2);
        provider.LastError.ShouldBeNull();
        provider.Current.ModelsById.ShouldContainKey("model-d");
        provider.Names.ResolveModel("model d").Value!.Id.ShouldBe("model-d");
    }

    [Fact]
    public void EnsureLoaded_InvalidDatasetAtStartup_ThrowsWithTheErrors()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        BreakModels(data);
        var provider = Provider(data, new FakeTimeProvider());

        var exception = Should.Throw<DatasetLoadException>(() => provider.EnsureLoaded());

        exception.Errors.ShouldNotBeEmpty();
        exception.Message.ShouldContain("models.yaml:");
        provider.GetStatus().Loaded.ShouldBeFalse();
        Should.Throw<DatasetLoadException>(() => _ = provider.Snapshot);
    }

    [Fact]
    public async Task Watcher_Changes_ReloadOnceQuietForTheDebounce()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        var time = new FakeTimeProvider();
        var provider = Provider(data, time);
        using var watcher = Watcher(provider, time);
        await watcher.StartAsync(TestContext.Current.CancellationToken);
        provider.Version.ShouldBe(1);

        BreakModels(data);
        watcher.OnChanged();
        time.Advance(Debounce);
        provider.Version.ShouldBe(1);
        provider.LastError.ShouldNotBeNull();

        AddModelD(data);
        watcher.OnChanged();
        time.Advance(Debounce / 2);
        watcher.OnChanged();
        time.Advance(Debounce / 2);
        provider.Version.ShouldBe(1, "a second change restarts the quiet time");
        time.Advance(Debounce / 2);
        provider.Version.ShouldBe(2);
        provider.LastError.ShouldBeNull();

        await watcher.StopAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The real file system watcher end to end, waiting on its event rather than polling a 10 s wall-clock budget (which
    /// failed under a load average of 40). Fake time drives the debounce, so the reload happens exactly when advanced.
    /// </summary>
    [Fact]
    public async Task Watcher_FileEdit_IsNoticedAndReloaded()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        var time = new FakeTimeProvider();
        var provider = Provider(data, time);
        using var watcher = Watcher(provider, time);
        var noticed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.ChangeNoticed += () => noticed.TrySetResult();
        await watcher.StartAsync(TestContext.Current.CancellationToken);
        if (!watcher.IsWatching)
        {
            Assert.Skip("the operating system refused a file system watcher (inotify instances exhausted?), so a real edit cannot be observed here");
        }

        AddModelD(data);
        // No time limit of its own: a hang is ended by the test run's cancellation, never by a guess at the machine's speed.
        await noticed.Task.WaitAsync(TestContext.Current.CancellationToken);
        watcher.ReloadPending.ShouldBeTrue();
        time.Advance(Debounce);

        provider.Version.ShouldBe(2);
        provider.Current.ModelsById.ShouldContainKey("model-d");
        await watcher.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Watcher_WatchOff_StillLoadsAtStart()
    {
        using var data = TempDataDirectory.WithSmallDataset();
        var time = new FakeTimeProvider();
        var provider = Provider(data, time);
        using var watcher = new DatasetWatcher(provider, Options.Create(new DataOptions { Path = data.Path, Watch = false }), time, NullLogger<DatasetWatcher>.Instance);

        await watcher.StartAsync(TestContext.Current.CancellationToken);
        AddModelD(data);
        watcher.OnChanged();
        time.Advance(TimeSpan.FromMinutes(1));

        provider.Version.ShouldBe(1);
        watcher.ReloadPending.ShouldBeFalse();
        await watcher.StopAsync(TestContext.Current.CancellationToken);
    }
}
