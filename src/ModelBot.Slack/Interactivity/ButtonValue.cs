using System.Text.Json;
using ModelBot.Slack.Rendering;

namespace ModelBot.Slack.Interactivity;

/// <summary>Encodes <see cref="ButtonState"/> into a button value (at most <see cref="SlackLimits.ButtonValue"/> characters) and back.</summary>
public static class ButtonValue
{
    /// <summary>The value, or null when the state does not fit in a button.</summary>
    public static string? Encode(ButtonState state)
    {
        var value = JsonSerializer.Serialize(state, ButtonStateJsonContext.Default.ButtonState);
        return value.Length <= SlackLimits.ButtonValue ? value : null;
    }

    /// <summary>The state, or null when <paramref name="value"/> is not one of ours.</summary>
    public static ButtonState? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > SlackLimits.ButtonValue || value[0] != '{')
        {
            return null;
        }
        try
        {
            var state = JsonSerializer.Deserialize(value, ButtonStateJsonContext.Default.ButtonState);
            return state is { Text: not null, Page: >= 0 } ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
