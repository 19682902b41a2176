using ModelBot.Commands.Requests;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Events;
using ModelBot.Slack.Interactivity;

namespace ModelBot.Slack.Dispatch;

/// <summary>The one place a Slack slash command, button click or @mention becomes a platform-neutral <see cref="ChatRequest"/>.</summary>
public static class SlackChatRequests
{
    /// <summary>The platform name on every Slack request.</summary>
    public const string Platform = "slack";

    /// <summary>A slash command, already mapped to its catalog command <paramref name="catalogName"/>.</summary>
    public static ChatRequest FromSlashCommand(SlashCommand command, string catalogName) => new()
    {
        Platform = Platform,
        Command = catalogName,
        Text = command.Text,
        UserId = command.UserId,
        ChannelId = command.ChannelId,
        GuildOrTeamId = command.TeamId,
    };

    /// <summary>A click on a paging or Sources button: the request the button's <paramref name="state"/> re-runs.</summary>
    public static ChatRequest FromButton(BlockActionsPayload payload, ButtonState state) => new()
    {
        Platform = Platform,
        Command = state.Command,
        Text = state.Text,
        UserId = payload.User?.Id,
        ChannelId = payload.Channel?.Id,
        GuildOrTeamId = payload.Team?.Id,
    };

    /// <summary>An @mention whose text, without the mention, is <paramref name="text"/> (<paramref name="command"/>: help for an empty mention).</summary>
    public static ChatRequest FromMention(EventCallback callback, SlackEvent mention, string text, string? command) => new()
    {
        Platform = Platform,
        Command = command,
        Text = text,
        UserId = mention.User,
        ChannelId = mention.Channel,
        GuildOrTeamId = callback.TeamId,
    };
}
