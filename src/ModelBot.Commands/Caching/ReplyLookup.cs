using ModelBot.Commands.Answers;
using ModelBot.Core.Loading;

namespace ModelBot.Commands.Caching;

/// <summary>
/// The result of looking a reply up in the <see cref="ReplyCache"/>: the cached bytes on a hit; on a miss, what
/// <see cref="ReplyCache.Add"/> needs to store the reply rendered next (the key and the dataset version it is for).
/// </summary>
public readonly struct ReplyLookup
{
    internal ReplyLookup(string? key, DatasetSnapshot? snapshot, ReadOnlyMemory<byte> reply, bool isHit, Answer? answer = null)
    {
        Key = key;
        Snapshot = snapshot;
        Reply = reply;
        IsHit = isHit;
        Answer = answer;
    }

    /// <summary>The answer the cached reply was rendered from, when it was kept with it; null otherwise.</summary>
    public Answer? Answer { get; }

    /// <summary>The key, or null when the request is not cached (cache off, key too long).</summary>
    public string? Key { get; }

    /// <summary>The cached reply; empty on a miss.</summary>
    public ReadOnlyMemory<byte> Reply { get; }

    /// <summary>Whether <see cref="Reply"/> holds the cached reply.</summary>
    public bool IsHit { get; }

    /// <summary>The dataset version in service when the lookup was made.</summary>
    internal DatasetSnapshot? Snapshot { get; }
}
