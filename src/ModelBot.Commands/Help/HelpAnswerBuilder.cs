using ModelBot.Commands.Answers;
using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Help;

/// <summary>Builds /help from the catalog: every command with its usage and an example, or one command in detail.</summary>
public sealed class HelpAnswerBuilder
{
    /// <summary>The title of the overview.</summary>
    public const string OverviewTitle = "ModelBot commands";

    private readonly CommandCatalog _catalog;
    private readonly Answer _overview;

    /// <summary>Creates the builder; the overview is built once, since the catalog never changes.</summary>
    public HelpAnswerBuilder(CommandCatalog catalog)
    {
        _catalog = catalog;
        _overview = BuildOverview(catalog);
    }

    /// <summary>Help for every command, or for <paramref name="topic"/> when it names a catalog command.</summary>
    public Answer Build(string? topic = null)
    {
        var command = topic is null ? null : _catalog.Find(topic);
        return command is null ? _overview : BuildCommand(command);
    }

    private static Answer BuildOverview(CommandCatalog catalog)
    {
        var rows = new List<AnswerRow>(catalog.Commands.Count);
        foreach (var command in catalog.Commands)
        {
            rows.Add(new AnswerRow([new("/" + command.Name), new(command.Description), new(command.Usage), new(command.Examples[0])]));
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Help,
            Title = OverviewTitle,
            Summary = "Benchmark results and facts about AI models from a curated dataset; every figure names its source.",
            Tables = [new AnswerTable { Caption = "Commands", Columns = ["Command", "What it does", "Usage", "Example"], Rows = rows }],
            Facts = [new AnswerFact("Ask in plain words", string.Join(" · ", catalog.ExampleQuestions), [])],
            Ephemeral = true,
        };
    }

    private static Answer BuildCommand(CommandDefinition command)
    {
        var rows = new List<AnswerRow>(command.Options.Count);
        foreach (var option in command.Options)
        {
            rows.Add(new AnswerRow([new(option.Name), new(option.Required ? "yes" : "no"), new(option.Description)]));
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Help,
            Title = "/" + command.Name,
            Summary = command.Description,
            Facts =
            [
                new AnswerFact("Usage", command.Usage, []),
                new AnswerFact(command.Examples.Count == 1 ? "Example" : "Examples", string.Join(" · ", command.Examples), []),
            ],
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = "Options", Columns = ["Option", "Required", "Description"], Rows = rows }],
            Ephemeral = true,
        };
    }
}
