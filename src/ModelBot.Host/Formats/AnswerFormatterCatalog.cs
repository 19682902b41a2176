namespace ModelBot.Host.Formats;

/// <summary>The registered formatters, by format.</summary>
public sealed class AnswerFormatterCatalog(IEnumerable<IAnswerFormatter> formatters)
{
    private readonly Dictionary<AnswerFormat, IAnswerFormatter> _byFormat = formatters.ToDictionary(formatter => formatter.Format);

    /// <summary>The formats that have a formatter, in declaration order.</summary>
    public IReadOnlyList<AnswerFormat> Formats => [.. _byFormat.Keys.Order()];

    /// <summary>The formatter for <paramref name="format"/>, or null when none is registered.</summary>
    public IAnswerFormatter? Find(AnswerFormat format) => _byFormat.GetValueOrDefault(format);
}
