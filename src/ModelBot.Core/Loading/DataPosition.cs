using YamlDotNet.Core;

namespace ModelBot.Core.Loading;

/// <summary>A 1-based line and column in a data file.</summary>
internal readonly record struct DataPosition(int Line, int Column)
{
    /// <summary>The top of a file.</summary>
    public static DataPosition Start { get; } = new(1, 1);

    /// <summary>The position of a YamlDotNet mark.</summary>
    public static DataPosition From(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
