namespace ModelBot.Discord.Rendering;

/// <summary>Embed colours (0xRRGGBB) by kind of answer, from Discord's own palette.</summary>
public static class EmbedColors
{
    /// <summary>Side-by-side comparisons (blurple).</summary>
    public const int Compare = 0x5865F2;

    /// <summary>Benchmark leaderboards (yellow).</summary>
    public const int Benchmark = 0xFEE75C;

    /// <summary>Model profiles (green).</summary>
    public const int Model = 0x57F287;

    /// <summary>Help and other answers (grey).</summary>
    public const int Neutral = 0x99AAB5;

    /// <summary>Requests the bot cannot answer (red).</summary>
    public const int Error = 0xED4245;

    /// <summary>The colour for an answer produced by <paramref name="command"/>.</summary>
    public static int ForCommand(string command) => command switch
    {
        "compare" => Compare,
        "benchmark" => Benchmark,
        "model" => Model,
        _ => Neutral,
    };
}
