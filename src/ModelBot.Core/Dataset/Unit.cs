namespace ModelBot.Core.Dataset;

/// <summary>The unit a benchmark value is expressed in; the validator checks values against it.</summary>
public enum Unit
{
    /// <summary>0–100.</summary>
    Percent,
    /// <summary>A score on the benchmark's own scale (non-negative), e.g. an index.</summary>
    Score,
    /// <summary>Elo rating (positive).</summary>
    Elo,
    /// <summary>A count of tokens (non-negative); in the data written in millions when the benchmark says so.</summary>
    Tokens,
    /// <summary>Millions of tokens (non-negative).</summary>
    MillionTokens,
}
