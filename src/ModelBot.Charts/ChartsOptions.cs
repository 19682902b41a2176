namespace ModelBot.Charts;

/// <summary>Configuration of answer charts, bound from the <c>Charts</c> section.</summary>
public sealed class ChartsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Charts";

    /// <summary>Whether answers with figures get a chart beside their text (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The default of <see cref="CacheEntries"/>.</summary>
    public const int DefaultCacheEntries = 256;

    /// <summary>How many drawn charts are kept for the dataset in service; 0 redraws every time.</summary>
    public int CacheEntries { get; set; } = DefaultCacheEntries;

    /// <summary>The default of <see cref="CacheMaxBytes"/>: 32 MiB.</summary>
    public const long DefaultCacheMaxBytes = 32L * 1024 * 1024;

    /// <summary>Most bytes of PNG kept, whatever their number.</summary>
    public long CacheMaxBytes { get; set; } = DefaultCacheMaxBytes;
}
