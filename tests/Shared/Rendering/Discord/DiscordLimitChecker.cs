using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;

namespace ModelBot.Rendering.Tests;

/// <summary>Every <see cref="DiscordLimits"/> value a message breaks, as readable lines (empty when none).</summary>
internal static class DiscordLimitChecker
{
    public static List<string> Violations(DiscordMessage message)
    {
        var problems = new List<string>();
        void Check(string what, int actual, int limit)
        {
            if (actual > limit)
            {
                problems.Add($"{what}: {actual} > {limit}");
            }
        }

        Check("content", message.Content?.Length ?? 0, DiscordLimits.Content);
        var embeds = message.Embeds ?? [];
        Check("embeds", embeds.Count, DiscordLimits.Embeds);
        var total = 0;
        foreach (var embed in embeds)
        {
            Check("title", embed.Title?.Length ?? 0, DiscordLimits.EmbedTitle);
            Check("description", embed.Description?.Length ?? 0, DiscordLimits.EmbedDescription);
            Check("fields", embed.Fields?.Count ?? 0, DiscordLimits.EmbedFields);
            Check("footer", embed.Footer?.Text.Length ?? 0, DiscordLimits.FooterText);
            Check("author", embed.Author?.Name.Length ?? 0, DiscordLimits.AuthorName);
            total += (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0) + (embed.Author?.Name.Length ?? 0);
            foreach (var field in embed.Fields ?? [])
            {
                Check("field name", field.Name.Length, DiscordLimits.FieldName);
                Check("field value", field.Value.Length, DiscordLimits.FieldValue);
                if (field.Name.Length == 0 || field.Value.Length == 0)
                {
                    problems.Add("empty field name or value");
                }
                total += field.Name.Length + field.Value.Length;
            }
            if (embed.Description is { } description && description.Split("```").Length % 2 == 0)
            {
                problems.Add("unbalanced code fence in description");
            }
            if (embed.Description is { } withBlocks)
            {
                // Inside fences (odd parts): every line must fit a phone without wrapping.
                var parts = withBlocks.Split("```");
                for (var i = 1; i < parts.Length; i += 2)
                {
                    foreach (var line in parts[i].Split('\n'))
                    {
                        Check("code block line width", ModelBot.Commands.Rendering.DisplayWidth.Of(line), DiscordLimits.PhoneCodeBlockWidth);
                    }
                }
            }
        }
        Check("embed total", total, DiscordLimits.EmbedTotal);
        var rows = message.Components ?? [];
        Check("action rows", rows.Count, DiscordLimits.ActionRows);
        foreach (var row in rows)
        {
            Check("buttons in a row", row.Components.Count, DiscordLimits.ButtonsPerRow);
            foreach (var button in row.Components)
            {
                Check("button label", button.Label?.Length ?? 0, DiscordLimits.ButtonLabel);
                Check("custom_id", button.CustomId?.Length ?? 0, DiscordLimits.CustomId);
            }
        }
        if (message.AllowedMentions.Parse.Count != 0)
        {
            problems.Add("allowed_mentions.parse is not empty");
        }
        return problems;
    }
}
