using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ModelBot.Core.Importing;

/// <summary>
/// A table of results as an article or a leaderboard export prints it: a header row and rows of cells, each row with
/// the line it came from and its text as written (the passage an imported figure quotes).
/// </summary>
/// <param name="Header">The header cells.</param>
/// <param name="Rows">The rows, in order.</param>
public sealed record ResultsTable(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows)
{
    /// <summary>The tables of <paramref name="text"/>: CSV (one table) when <paramref name="path"/> ends in .csv, else markdown pipe tables.</summary>
    public static IReadOnlyList<ResultsTable> Read(string path, string text) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(text) : ReadMarkdown(text);

    /// <summary>A CSV export: the first record is the header (CsvHelper: quoted fields, embedded commas and quotes).</summary>
    public static IReadOnlyList<ResultsTable> ReadCsv(string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        string[]? header = null;
        var rows = new List<TableRow>();
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = record;
                continue;
            }

            rows.Add(new TableRow(record, csv.Parser.RawRow, csv.Parser.RawRecord.TrimEnd('\r', '\n')));
        }

        return header is null ? [] : [new ResultsTable(header, rows)];
    }

    /// <summary>Every markdown pipe table of <paramref name="text"/> (a header row, a |---| row, then rows), in order.</summary>
    public static IReadOnlyList<ResultsTable> ReadMarkdown(string text)
    {
        var tables = new List<ResultsTable>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!IsPipeRow(lines[i]) || !IsDelimiterRow(lines[i + 1]))
            {
                continue;
            }

            var header = Cells(lines[i]);
            var rows = new List<TableRow>();
            var j = i + 2;
            for (; j < lines.Length && IsPipeRow(lines[j]); j++)
            {
                rows.Add(new TableRow(Cells(lines[j]), j + 1, lines[j].Trim()));
            }

            tables.Add(new ResultsTable(header, rows));
            i = j - 1;
        }

        return tables;
    }

    private static bool IsPipeRow(string line) => line.TrimStart().StartsWith('|');

    private static bool IsDelimiterRow(string line) =>
        IsPipeRow(line) && Cells(line).All(cell => cell.Length > 0 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c == '-'));

    private static string[] Cells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|'))
        {
            trimmed = trimmed[..^1];
        }

        return [.. trimmed.Split('|').Select(cell => cell.Trim())];
    }
}

/// <summary>One row of a <see cref="ResultsTable"/>.</summary>
/// <param name="Cells">The cells, the row label first.</param>
/// <param name="Line">The line of the file it was read from.</param>
/// <param name="Text">The row as written.</param>
public sealed record TableRow(IReadOnlyList<string> Cells, int Line, string Text);
