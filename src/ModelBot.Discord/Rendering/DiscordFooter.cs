using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Discord.Rendering;

/// <summary>The embed footer: page number, the legend of marks used, and one compact footnote line per source.</summary>
internal static class DiscordFooter
{
    public static string? Build(IReadOnlyList<SourceNote> sources, int page, int pageCount, bool leaderShown, bool disputedShown, int maxLength)
    {
        var builder = StringBuilderCache.Acquire(1024);
        if (pageCount > 1)
        {
            builder.Append(AnswerPhrases.Page(page, pageCount));
        }
        AnswerPhrases.AppendLegend(builder, 0, leaderShown, disputedShown);
        if (builder.Length > maxLength)
        {
            builder.Clear();
        }
        const int MoreReserve = 32;
        for (var i = 0; i < sources.Count; i++)
        {
            var before = builder.Length;
            if (before > 0)
            {
                builder.Append('\n');
            }
            SourceFootnote.Append(builder, sources[i]);
            if (builder.Length > maxLength - MoreReserve)
            {
                builder.Length = before;
                var left = sources.Count - i;
                var more = AnswerPhrases.MoreSources(left);
                if (builder.Length + 1 + more.Length <= maxLength)
                {
                    builder.Append(builder.Length > 0 ? "\n" : "").Append(more);
                }
                break;
            }
        }
        if (builder.Length == 0)
        {
            StringBuilderCache.Release(builder);
            return null;
        }
        return StringBuilderCache.ToStringAndRelease(builder);
    }
}
