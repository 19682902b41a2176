using System.ComponentModel.DataAnnotations;

namespace ModelBot.Host.Console;

/// <summary>The <c>Console</c> configuration section.</summary>
public sealed class ConsoleAdapterOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Console";

    /// <summary>The prompt shown before each request when input is interactive.</summary>
    public const string DefaultPrompt = "modelbot> ";

    /// <summary>When the console adapter runs (<c>Auto</c>: only without Discord and Slack settings).</summary>
    public ConsoleAdapterMode Mode { get; set; } = ConsoleAdapterMode.Auto;

    /// <summary>The prompt; must not be empty.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Console:Prompt must not be empty; remove it to use \"modelbot> \".")]
    [MaxLength(40, ErrorMessage = "Console:Prompt must be at most 40 characters.")]
    public string Prompt { get; set; } = DefaultPrompt;
}
