namespace ModelBot.Host.Console;

/// <summary>ANSI escape sequences for the interactive console; used only when output is a terminal.</summary>
public static class AnsiStyle
{
    /// <summary>Bold cyan, for the prompt.</summary>
    public const string Prompt = "\u001b[1;36m";

    /// <summary>Red, for answers that failed.</summary>
    public const string Error = "\u001b[31m";

    /// <summary>Back to the terminal's default style.</summary>
    public const string Reset = "\u001b[0m";

    /// <summary><paramref name="text"/> wrapped in <paramref name="style"/> when <paramref name="enabled"/>, else unchanged.</summary>
    public static string Apply(string text, string style, bool enabled) => enabled ? style + text + Reset : text;
}
