using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Charts.Planning;
using ModelBot.Commands.Caching;
using ModelBot.Core.Loading;

namespace ModelBot.Charts.Caching;

/// <summary>
/// Keeps drawn charts for the dataset in service, like rendered replies: a chart is decided by what it shows (its plan)
/// and the dataset version, so a repeated question, on any platform, never redraws. The reply cache's store does the
/// keeping (bounded by count and bytes, least recently used first, emptied on reload), with its own limits.
/// </summary>
public sealed class ChartCache(IDatasetProvider provider, IOptions<ChartsOptions> options, ILogger<ReplyCache> logger)
{
    private readonly ReplyCache _store = new(
        provider,
        Options.Create(new AnswersOptions { CacheEntries = options.Value.CacheEntries, CacheMaxBytes = options.Value.CacheMaxBytes }),
        logger);

    /// <summary>Charts held for the dataset in service.</summary>
    public int Count => _store.Count;

    /// <summary>The cached PNG for <paramref name="plan"/> drawn with <paramref name="datasetLabel"/>, or the result of <paramref name="draw"/>, kept.</summary>
    public ReadOnlyMemory<byte> GetOrDraw(ChartPlan plan, string datasetLabel, Func<ReadOnlyMemory<byte>> draw)
    {
        var lookup = _store.Find(Key(plan, datasetLabel));
        if (lookup.IsHit)
        {
            return lookup.Reply;
        }
        var png = draw();
        _store.Add(lookup, png);
        return png;
    }

    /// <summary>A digest of everything the image shows, so equal charts share one entry whatever question led to them.</summary>
    internal static string Key(ChartPlan plan, string datasetLabel)
    {
        var text = new StringBuilder(512);
        Field(text, datasetLabel);
        Field(text, plan.Title);
        text.Append(plan.RowsLeftOut).Append('|');
        foreach (var source in plan.Sources)
        {
            text.Append(source.Number).Append('|');
            Field(text, source.Title);
            Field(text, source.Publisher);
            Field(text, source.Date);
        }
        foreach (var panel in plan.Panels)
        {
            Field(text, panel.Caption);
            Field(text, panel.Unit);
            foreach (var series in panel.Series)
            {
                Field(text, series);
            }
            foreach (var group in panel.Groups)
            {
                Field(text, group.Label);
                text.Append(group.LowerIsBetter ? 'L' : 'H');
                foreach (var bar in group.Bars)
                {
                    if (bar is null)
                    {
                        text.Append("-|");
                        continue;
                    }
                    text.Append(bar.Value.ToString("R", CultureInfo.InvariantCulture)).Append(bar.Leader ? '*' : ' ').Append(bar.Disputed ? '!' : ' ').Append(bar.Approximate ? '~' : ' ');
                    Field(text, bar.Text);
                }
            }
        }
        var digest = XxHash128.Hash(Encoding.UTF8.GetBytes(text.ToString()));
        return "chart:" + Convert.ToHexString(digest);
    }

    /// <summary>Writes a value with its length, so no two different plans write the same text.</summary>
    private static void Field(StringBuilder text, string? value) =>
        (value is null ? text.Append('-') : text.Append(value.Length).Append(':').Append(value)).Append('|');
}
