namespace ModelBot.Charts.Planning;

/// <summary>How a chart names the units answers write ("%", "Elo", "M tokens") on a panel and its axis.</summary>
public static class UnitNames
{
    /// <summary>A comparison panel's caption: "Scores (%)", "Elo rating".</summary>
    public static string Caption(string unit) => unit switch
    {
        "%" => "Scores (%)",
        "Elo" => "Elo rating",
        "M tokens" => "Million tokens",
        "tokens" => "Tokens",
        "points" => "Index points",
        _ => unit,
    };

    /// <summary>The value axis's label: what the numbers are in.</summary>
    public static string Axis(string unit) => unit switch
    {
        "%" => "Score (%)",
        "Elo" => "Elo",
        "M tokens" => "Million tokens",
        "tokens" => "Tokens",
        "points" => "Points",
        _ => unit,
    };
}
