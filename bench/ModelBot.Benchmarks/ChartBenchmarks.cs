using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Charts.Drawing;
using ModelBot.Charts.Planning;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Commands.Requests;
using SkiaSharp;

namespace ModelBot.Benchmarks;

/// <summary>
/// Drawing an answer's chart (target: under 30 ms and 4 MB allocated per chart on the 2-core machine): reading the
/// chart off the answer, drawing it with ScottPlot and encoding the PNG, and the chart service on a repeated question,
/// which takes the cached image.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes them in [GlobalCleanup].")]
public class ChartBenchmarks
{
    private IHost? _host;
    private Answer? _answer;
    private ChartPlan? _plan;
    private IAnswerChart? _charts;
    private SKBitmap? _drawn;
    private SKPixmap? _pixels;

    /// <summary>The request charted: a two-model comparison (four unit panels, 17 groups) or a four-bar leaderboard.</summary>
    [Params("/compare muse-spark opus 4.6", "/benchmark arc-agi-2")]
    public string Request { get; set; } = "";

    /// <summary>Answers the request and draws its chart once, so fonts and the cache are warm.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = QuietCommandHost.Build();
        var handler = _host.Services.GetRequiredService<IChatRequestHandler>();
        _answer = handler.HandleAsync(new ChatRequest { Platform = "cli", Text = Request }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _plan = ChartPlanner.Plan(_answer) ?? throw new InvalidOperationException($"{Request} has no chart");
        _charts = _host.Services.GetRequiredService<IAnswerChart>();
        if (_charts.Draw(_answer) is null || Draw() < 10_000)
        {
            throw new InvalidOperationException($"{Request}: no chart drawn");
        }
        _drawn = SKBitmap.Decode(ChartDrawer.Draw(_plan, "ModelBot · dataset v1").Png);
        // One pixmap over the decoded pixels, kept (and disposed) with the bitmap: a pixmap per call outlived by nothing
        // crashed the benchmark process.
        _pixels = _drawn.PeekPixels();
    }

    /// <summary>Reads the chart off the answer.</summary>
    [Benchmark]
    public int Plan() => ChartPlanner.Plan(_answer!)!.Panels.Count;

    /// <summary>Draws the chart and encodes the PNG: what a first question costs.</summary>
    [Benchmark]
    public int Draw() => ChartDrawer.Draw(_plan!, "ModelBot · dataset v1").Png.Length;

    /// <summary>Only the PNG encoding of <see cref="Draw"/>, so drawing and encoding can be told apart.</summary>
    [Benchmark]
    public int Encode() => ChartDrawer.Encode(_pixels!).Length;

    /// <summary>The chart service on a repeated question: planned, found in the cache, not drawn.</summary>
    [Benchmark]
    public int Cached() => _charts!.Draw(_answer!)!.Png.Length;

    [GlobalCleanup]
    public void Cleanup()
    {
        _pixels?.Dispose();
        _drawn?.Dispose();
        _host?.Dispose();
    }
}
