namespace ModelBot.Core.Loading;

/// <summary>One problem in a data file, at a 1-based line and column.</summary>
/// <param name="File">The file, relative to the data directory with forward slashes (<c>results/foo.yaml</c>).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, and how to fix it when that is known.</param>
public sealed record DatasetError(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:col: message</c>, the form compilers and editors understand.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
