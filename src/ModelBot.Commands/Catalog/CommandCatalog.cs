namespace ModelBot.Commands.Catalog;

/// <summary>
/// The command catalog: the single list of commands that the router parses, /help lists, Discord registers and
/// the Slack manifest declares. Immutable; registered as a singleton.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, CommandDefinition> _byName;

    /// <summary>Creates the catalog of the built-in commands.</summary>
    public CommandCatalog()
        : this(BuiltInCommands.All)
    {
    }

    /// <summary>Creates a catalog of the given commands (names must be unique).</summary>
    public CommandCatalog(IReadOnlyList<CommandDefinition> commands)
    {
        Commands = commands;
        _byName = new Dictionary<string, CommandDefinition>(commands.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var command in commands)
        {
            if (!_byName.TryAdd(command.Name, command))
            {
                throw new ArgumentException($"Duplicate command name '{command.Name}' in the catalog.", nameof(commands));
            }
        }

        Lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        ExampleQuestions = QuestionsOf(_byName.GetValueOrDefault(CommandNames.Ask));
    }

    /// <summary>The /ask examples without the command ("which model leads ARC-AGI-2?"), for help and for questions it cannot place.</summary>
    public IReadOnlyList<string> ExampleQuestions { get; }

    /// <summary>Every command, in the order /help lists them.</summary>
    public IReadOnlyList<CommandDefinition> Commands { get; }

    private Dictionary<string, CommandDefinition>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>Finds a command by name (case-insensitive, without the slash), or null.</summary>
    public CommandDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds a command by name without allocating (case-insensitive, without the slash), or null.</summary>
    public CommandDefinition? Find(ReadOnlySpan<char> name) => Lookup.TryGetValue(name, out var command) ? command : null;

    private static string[] QuestionsOf(CommandDefinition? ask)
    {
        if (ask is null)
        {
            return [];
        }

        var prefix = "/" + ask.Name + " ";
        var questions = new string[ask.Examples.Count];
        for (var i = 0; i < questions.Length; i++)
        {
            var example = ask.Examples[i];
            questions[i] = example.StartsWith(prefix, StringComparison.Ordinal) ? example[prefix.Length..] : example;
        }

        return questions;
    }
}
