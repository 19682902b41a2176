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
}
