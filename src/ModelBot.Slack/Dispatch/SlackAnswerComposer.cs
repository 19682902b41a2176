using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.Options;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Slack.Dispatch;

/// <summary>
/// Turns an <see cref="Answer"/> into the Slack message to send: the renderer's Block Kit page, the configured
/// <c>response_type</c> (errors and help always ephemeral), and an actions block with paging and Sources buttons.
/// </summary>
public sealed class SlackAnswerComposer
{
    private readonly string _responseType;

    /// <summary>Creates a composer for the configured response type.</summary>
    public SlackAnswerComposer(IOptions<SlackOptions> options)
    {
        _responseType = options.Value.ResponseType;
    }

    /// <summary>The message for <paramref name="page"/> of <paramref name="answer"/>; <paramref name="replay"/> is what the buttons re-run.</summary>
    public SlackMessage Compose(Answer answer, ButtonState replay, int page = 0)
    {
        var pageCount = SlackMessageRenderer.PageCount(answer);
        page = Math.Clamp(page, 0, Math.Max(0, pageCount - 1));
        var message = SlackMessageRenderer.Render(answer, page);
        var responseType = !answer.Ok || answer.Ephemeral ? ResponseTypes.Ephemeral : _responseType;
        var buttons = answer.Ok ? Buttons(answer, replay, page, pageCount) : [];
        if (buttons.Count == 0 || message.Blocks is not { Count: < SlackLimits.Blocks } blocks)
        {
            return message with { ResponseType = responseType };
        }
        var withActions = new List<Block>(blocks.Count + 1);
        withActions.AddRange(blocks);
        withActions.Add(new ActionsBlock(buttons) { BlockId = ActionIds.ActionsBlock });
        return message with { Blocks = withActions, ResponseType = responseType };
    }

    private static List<ButtonElement> Buttons(Answer answer, ButtonState replay, int page, int pageCount)
    {
        var buttons = new List<ButtonElement>(3);
        if (page > 0)
        {
            Add(buttons, "◀ Previous", ActionIds.PreviousPage, replay with { Page = page - 1 });
        }
        if (page < pageCount - 1)
        {
            Add(buttons, $"Next ▶ ({page + 2}/{pageCount})", ActionIds.NextPage, replay with { Page = page + 1 });
        }
        if (answer.Sources.Count > 0)
        {
            Add(buttons, $"Sources ({answer.Sources.Count})", ActionIds.Sources, replay with { Page = page });
        }
        return buttons;
    }

    private static void Add(List<ButtonElement> buttons, string label, string actionId, ButtonState state)
    {
        if (ButtonValue.Encode(state) is { } value)
        {
            buttons.Add(new ButtonElement { Text = TextObject.Plain(label), ActionId = actionId, Value = value });
        }
    }
}
