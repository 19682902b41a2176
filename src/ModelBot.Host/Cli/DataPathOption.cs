using System.CommandLine;

namespace ModelBot.Host.Cli;

/// <summary>The <c>--data</c> option shared by the commands that read the dataset.</summary>
public static class DataPathOption
{
    /// <summary>A new <c>--data &lt;path&gt;</c> option (System.CommandLine symbols belong to one command each).</summary>
    public static Option<string?> Create() => new("--data")
    {
        Description = "Dataset directory (default: Data:Path from configuration, else ./data or the repository's data/)",
        HelpName = "path",
    };
}
