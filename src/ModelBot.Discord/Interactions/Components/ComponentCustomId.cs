using System.Globalization;
using System.Text;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Rendering;

namespace ModelBot.Discord.Interactions.Components;

/// <summary>
/// Encodes the request behind a message into a button's custom_id, so a click is answered without any stored state
/// (HTTP interactions stay stateless across replicas): <c>mb1|{action}|{page}|{command}|{value}|{value}…</c>, option
/// values in catalog order, empty for unset, trailing empties dropped, <c>%</c> and <c>|</c> percent-escaped.
/// At most <see cref="DiscordLimits.CustomId"/> characters; a request that does not fit gets no buttons.
/// </summary>
public static class ComponentCustomId
{
    /// <summary>The version marker every ModelBot custom_id starts with.</summary>
    public const string Prefix = "mb1";

    private const char Separator = '|';

    /// <summary>The custom_id, or null when it would exceed <see cref="DiscordLimits.CustomId"/>.</summary>
    public static string? Encode(ComponentAction action, int page, CommandDefinition command, IReadOnlyDictionary<string, string> options)
    {
        var builder = new StringBuilder(DiscordLimits.CustomId + 16);
        builder.Append(Prefix).Append(Separator).Append(ActionCode(action)).Append(Separator)
            .Append(page.ToString(CultureInfo.InvariantCulture)).Append(Separator).Append(command.Name);
        var values = new string[command.Options.Count];
        var last = -1;
        for (var i = 0; i < command.Options.Count; i++)
        {
            values[i] = options.TryGetValue(command.Options[i].Name, out var value) ? value : "";
            if (values[i].Length > 0)
            {
                last = i;
            }
        }
        for (var i = 0; i <= last; i++)
        {
            builder.Append(Separator);
            AppendEscaped(builder, values[i]);
            if (builder.Length > DiscordLimits.CustomId)
            {
                return null;
            }
        }
        return builder.Length <= DiscordLimits.CustomId ? builder.ToString() : null;
    }

    /// <summary>Decodes a custom_id made by <see cref="Encode"/> for a command of <paramref name="catalog"/>.</summary>
    public static bool TryDecode(string? customId, CommandCatalog catalog, out ComponentRequest request)
    {
        request = null!;
        if (customId is null || customId.Length > DiscordLimits.CustomId)
        {
            return false;
        }
        var parts = customId.Split(Separator);
        if (parts.Length < 4 || parts[0] != Prefix || parts[1].Length != 1)
        {
            return false;
        }
        if (ParseAction(parts[1][0]) is not { } action
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || catalog.Find(parts[3]) is not { } command
            || parts.Length - 4 > command.Options.Count)
        {
            return false;
        }
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 4; i < parts.Length; i++)
        {
            if (Unescape(parts[i]) is not { } value)
            {
                return false;
            }
            if (value.Length > 0)
            {
                options[command.Options[i - 4].Name] = value;
            }
        }
        request = new ComponentRequest(action, page, command.Name, options);
        return true;
    }

    private static char ActionCode(ComponentAction action) => action switch
    {
        ComponentAction.Page => 'p',
        ComponentAction.PageIndicator => 'i',
        ComponentAction.Sources => 's',
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static ComponentAction? ParseAction(char code) => code switch
    {
        'p' => ComponentAction.Page,
        'i' => ComponentAction.PageIndicator,
        's' => ComponentAction.Sources,
        _ => null,
    };

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '%' => builder.Append("%25"),
                '|' => builder.Append("%7C"),
                _ => builder.Append(c),
            };
        }
    }

    private static string? Unescape(string value)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '%')
            {
                builder.Append(value[i]);
                continue;
            }
            if (i + 2 >= value.Length)
            {
                return null;
            }
            var code = value.AsSpan(i + 1, 2);
            if (code.Equals("25", StringComparison.Ordinal))
            {
                builder.Append('%');
            }
            else if (code.Equals("7C", StringComparison.Ordinal))
            {
                builder.Append('|');
            }
            else
            {
                return null;
            }
            i += 2;
        }
        return builder.ToString();
    }
}
