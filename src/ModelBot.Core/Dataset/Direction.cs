namespace ModelBot.Core.Dataset;

/// <summary>Which way a benchmark's values improve.</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}
