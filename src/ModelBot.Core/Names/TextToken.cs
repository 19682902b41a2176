namespace ModelBot.Core.Names;

/// <summary>A run of letters and digits in a text, by position.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
internal readonly record struct TextToken(int Start, int Length)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;
}
