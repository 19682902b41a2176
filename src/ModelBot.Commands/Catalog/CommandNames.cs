namespace ModelBot.Commands.Catalog;

/// <summary>The catalog's command names, for code that must refer to one command.</summary>
public static class CommandNames
{
    /// <summary>Side-by-side comparison of two or more models.</summary>
    public const string Compare = "compare";

    /// <summary>Leaderboard of one benchmark.</summary>
    public const string Benchmark = "benchmark";

    /// <summary>A model's profile and results.</summary>
    public const string Model = "model";

    /// <summary>A free-text question.</summary>
    public const string Ask = "ask";

    /// <summary>What the bot can do.</summary>
    public const string Help = "help";
}
