using ModelBot.Commands.Answers;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Interactions.Components;

/// <summary>
/// The buttons under an answer: ◀ Prev, a disabled "Page x/y" and Next ▶ when it has several pages, and "Sources"
/// when it cites any. Nothing for errors, or when the request does not fit a custom_id.
/// </summary>
public static class AnswerButtons
{
    /// <summary>Label of the previous-page button.</summary>
    public const string PreviousLabel = "◀ Prev";

    /// <summary>Label of the next-page button.</summary>
    public const string NextLabel = "Next ▶";

    /// <summary>Label of the provenance button.</summary>
    public const string SourcesLabel = "Sources";

    /// <summary>The action rows for <paramref name="page"/> of <paramref name="pageCount"/>, or null for none.</summary>
    public static IReadOnlyList<ActionRow>? Build(Answer answer, int page, int pageCount, CommandDefinition command, IReadOnlyDictionary<string, string> options)
    {
        if (!answer.Ok)
        {
            return null;
        }
        var buttons = new List<Button>(4);
        if (pageCount > 1)
        {
            var previous = ComponentCustomId.Encode(ComponentAction.Page, Math.Max(0, page - 1), command, options);
            var indicator = ComponentCustomId.Encode(ComponentAction.PageIndicator, page, command, options);
            var next = ComponentCustomId.Encode(ComponentAction.Page, Math.Min(pageCount - 1, page + 1), command, options);
            if (previous is not null && indicator is not null && next is not null)
            {
                buttons.Add(new Button { Style = ButtonStyle.Secondary, Label = PreviousLabel, CustomId = previous, Disabled = page == 0 ? true : null });
                buttons.Add(new Button { Style = ButtonStyle.Secondary, Label = $"Page {page + 1}/{pageCount}", CustomId = indicator, Disabled = true });
                buttons.Add(new Button { Style = ButtonStyle.Secondary, Label = NextLabel, CustomId = next, Disabled = page >= pageCount - 1 ? true : null });
            }
        }
        if (answer.Sources.Count > 0 && ComponentCustomId.Encode(ComponentAction.Sources, page, command, options) is { } sources)
        {
            buttons.Add(new Button { Style = ButtonStyle.Primary, Label = SourcesLabel, CustomId = sources });
        }
        return buttons.Count == 0 ? null : [new ActionRow(buttons)];
    }
}
