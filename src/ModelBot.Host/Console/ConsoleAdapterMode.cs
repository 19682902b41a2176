namespace ModelBot.Host.Console;

/// <summary>When the console adapter runs.</summary>
public enum ConsoleAdapterMode
{
    /// <summary>Only when neither Discord nor Slack is configured.</summary>
    Auto,

    /// <summary>Always, next to any platform adapter.</summary>
    On,

    /// <summary>Never.</summary>
    Off,
}
