using System.Text;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Interactions.Wire;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// Builds the platform-neutral <see cref="ChatRequest"/> from what Discord already parsed: the command's name and its
/// named options, so the router needs no text parsing. <see cref="ChatRequest.Text"/> carries the equivalent typed
/// command for logs and free-text fallbacks.
/// </summary>
public static class ChatRequestFactory
{
    /// <summary>The platform name on every Discord request.</summary>
    public const string Platform = "discord";

    /// <summary>The option values of a slash command by name (subcommand options flattened), catalog options only.</summary>
    public static IReadOnlyDictionary<string, string> Options(CommandDefinition command, IReadOnlyList<InteractionDataOption>? options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(values, command, options);
        return values;
    }

    /// <summary>The request for a command and its option values, attributed to the interaction's user, channel and guild.</summary>
    public static ChatRequest Create(Interaction interaction, CommandDefinition command, IReadOnlyDictionary<string, string> options) => new()
    {
        Platform = Platform,
        Command = command.Name,
        Options = options,
        Text = Text(command, options),
        UserId = interaction.UserId,
        ChannelId = interaction.ChannelId,
        GuildOrTeamId = interaction.GuildId,
    };

    /// <summary>"/compare muse-spark \"gemini 3.1 pro\"": the command as a user would type it.</summary>
    public static string Text(CommandDefinition command, IReadOnlyDictionary<string, string> options)
    {
        var builder = new StringBuilder(64).Append('/').Append(command.Name);
        foreach (var option in command.Options)
        {
            if (!options.TryGetValue(option.Name, out var value) || value.Length == 0)
            {
                continue;
            }
            builder.Append(' ');
            if (value.Contains(' ', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) && command.Name != CommandNames.Ask)
            {
                builder.Append('"').Append(value).Append('"');
            }
            else
            {
                builder.Append(value);
            }
        }
        return builder.ToString();
    }

    private static void Collect(Dictionary<string, string> values, CommandDefinition command, IReadOnlyList<InteractionDataOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option is null)
            {
                continue; // "options": [null] deserializes despite the non-nullable element type (was a 500).
            }
            if (option.Options is { Count: > 0 })
            {
                Collect(values, command, option.Options);
            }
            else if (command.FindOption(option.Name) is { } known && option.ValueText is { } text)
            {
                values[known.Name] = text.Trim();
            }
        }
    }
}
