namespace ModelBot.Commands.Caching;

/// <summary>Configuration of answer reuse, bound from the <c>Answers</c> section.</summary>
public sealed class AnswersOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Answers";

    /// <summary>The default of <see cref="CacheEntries"/>.</summary>
    public const int DefaultCacheEntries = 2048;

    /// <summary>
    /// How many rendered replies (per platform, command, options and page) are kept for the dataset in service;
    /// 0 turns the cache off. The cache is emptied whenever the dataset reloads.
    /// </summary>
    public int CacheEntries { get; set; } = DefaultCacheEntries;

    /// <summary>The default of <see cref="CacheMaxBytes"/>: 16 MiB.</summary>
    public const long DefaultCacheMaxBytes = 16L * 1024 * 1024;

    /// <summary>
    /// Most bytes of replies kept, whatever their number; least recently used replies are evicted to stay within it.
    /// A single reply larger than a sixteenth of it is not cached.
    /// </summary>
    public long CacheMaxBytes { get; set; } = DefaultCacheMaxBytes;
}
