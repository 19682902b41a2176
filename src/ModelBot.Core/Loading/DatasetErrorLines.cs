namespace ModelBot.Core.Loading;

/// <summary>Errors formatted one per line (<c>file:line:col: message</c>) when a log message is written.</summary>
internal readonly record struct DatasetErrorLines(IReadOnlyList<DatasetError> Errors)
{
    public override string ToString() => string.Join(Environment.NewLine, Errors);
}
