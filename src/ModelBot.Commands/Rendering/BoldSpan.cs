namespace ModelBot.Commands.Rendering;

/// <summary>A run of an answer's summary, bold or not, as a range of the summary's characters.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Bold">Whether the run sat between a pair of <c>**</c> markers.</param>
public readonly record struct BoldSpan(int Start, int Length, bool Bold);
