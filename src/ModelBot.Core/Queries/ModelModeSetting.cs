using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>
/// Separates a model's mode from a result's setting. The data writes a figure measured in one of the model's own modes
/// into its setting ("with tools, Contemplating", "Adaptive"); a leaderboard ranks it among the special-mode runs of the
/// rest of the setting ("with tools"), apart from the standard runs, named "Muse Spark (Contemplating)".
/// </summary>
public static class ModelModeSetting
{
    /// <summary>The setting without <paramref name="model"/>'s mode ("default" when only the mode was written), and that mode, or the setting unchanged and null.</summary>
    public static (string Setting, string? Mode) Split(string setting, Model model)
    {
        if (model.Modes.Count == 0)
        {
            return (setting, null);
        }

        var parts = setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? mode = null;
        var rest = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var named = FindMode(model, part);
            if (named is not null && mode is null)
            {
                mode = named;
            }
            else
            {
                rest.Add(part);
            }
        }

        if (mode is null)
        {
            return (setting, null);
        }

        return (rest.Count == 0 ? "default" : string.Join(", ", rest), mode);
    }

    /// <summary>The mode a model variant is named after ("Gemini Deep Think" has the mode Deep Think), or null.</summary>
    public static string? NamedMode(Model model)
    {
        foreach (var mode in model.Modes)
        {
            if (model.Name.Contains(mode, StringComparison.OrdinalIgnoreCase))
            {
                return mode;
            }
        }

        return null;
    }

    private static string? FindMode(Model model, string part)
    {
        var key = NameKey.Normalize(part);
        foreach (var mode in model.Modes)
        {
            if (NameKey.Normalize(mode) == key)
            {
                return mode;
            }
        }

        return null;
    }
}
