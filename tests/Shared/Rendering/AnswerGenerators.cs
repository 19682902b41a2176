using CsCheck;
using ModelBot.Commands.Answers;

namespace ModelBot.Rendering.Tests;

/// <summary>
/// CsCheck generators of arbitrary answers: any size, long strings, any script, emoji, combining marks, control
/// characters, markdown and mrkdwn specials, mention attempts.
/// </summary>
internal static class AnswerGenerators
{
    private static readonly string[] Atoms =
    [
        "a", "Z", "7", " ", "-", ".", "GPT", "Muse Spark", "42.8",
        "*", "**", "_", "~", "`", "```", "|", ">", "<", "&", "#", "[", "]", "(", ")", "\\", "@", ":", "<@123>", "<!channel>", "@everyone", "@here",
        "\n", "\r\n", "\t", "\u0001", "\u007f",
        "é", "ñ", "τ²", "数据", "ｆｕｌｌ", "🚀", "👨‍👩‍👧", "e\u0301", "\u200b", "\u200d", "ش", "★", "█",
    ];

    private static readonly Gen<string> Atom = Gen.OneOf(Atoms);

    /// <summary>Strings mostly short, sometimes hundreds or thousands of atoms long.</summary>
    public static Gen<string> Text(int longest) =>
        Gen.Frequency((6, Gen.Int[0, 12]), (3, Gen.Int[0, Math.Min(longest, 200)]), (1, Gen.Int[0, longest]))
            .SelectMany(length => Atom.Array[length])
            .Select(string.Concat);

    private static readonly Gen<IReadOnlyList<int>> Refs = Gen.Int[1, 40].Array[0, 4].Select(a => (IReadOnlyList<int>)a);

    private static readonly Gen<AnswerCell> Cell =
        Gen.Select(Text(120), Gen.Double[-10, 1e6].Nullable(0.4), Gen.Bool, Refs.Null(0.3), Gen.Int[0, 9])
            .Select((text, value, leader, refs, disputed) => new AnswerCell(text, value, leader, refs, disputed == 0));

    private static Gen<AnswerTable> Table { get; } =
        Gen.Frequency((4, Gen.Int[1, 6]), (1, Gen.Int[1, 40]))
            .SelectMany(columns => Gen.Select(
                Text(200),
                Text(40).Array[columns],
                Cell.Array[0, columns + 2].Select(cells => new AnswerRow(cells)).Array[Gen.Frequency((5, Gen.Int[0, 30]), (1, Gen.Int[0, 260]))],
                Gen.Int[-1, columns]))
            .Select((caption, headers, rows, chart) => new AnswerTable
            {
                Caption = caption,
                Columns = headers,
                Rows = rows,
                ChartColumn = chart < 0 ? null : chart,
            });

    private static readonly Gen<AnswerFact> Fact = Gen.Select(Text(300), Text(600), Refs).Select((label, value, refs) => new AnswerFact(label, value, refs));

    private static readonly Gen<SourceNote> Source =
        Gen.Select(Gen.Int[1, 99], Text(20), Text(400), Text(200), Text(30).Null(0.3), Text(60))
            .Select((number, id, title, publisher, date, locator) => new SourceNote(number, id, title, publisher, date, locator));

    /// <summary>Any answer, successful or not.</summary>
    public static Gen<Answer> Answer { get; } =
        Gen.Select(
            Gen.Int[0, 9],
            Gen.OneOf("compare", "benchmark", "model", "ask", "help"),
            Text(400),
            Text(3000).Null(0.2),
            Fact.Array[Gen.Frequency((5, Gen.Int[0, 8]), (1, Gen.Int[0, 60]))],
            Table.Array[Gen.Frequency((5, Gen.Int[0, 2]), (1, Gen.Int[0, 12]))],
            Source.Array[Gen.Frequency((5, Gen.Int[0, 4]), (1, Gen.Int[0, 30]))],
            Gen.Select(Text(6000).Array[Gen.Frequency((5, Gen.Int[0, 3]), (1, Gen.Int[0, 40]))], Text(2000), Text(300).Array[0, 30], Gen.Bool))
        .Select((ok, command, title, summary, facts, tables, sources, rest) => new Answer
        {
            Ok = ok != 0,
            Command = command,
            Title = title,
            Summary = summary,
            Facts = facts,
            Tables = tables,
            Sources = sources,
            Notes = rest.Item1,
            Error = ok != 0 ? null : rest.Item2,
            Suggestions = rest.Item3,
            Ephemeral = rest.Item4,
        });
}
