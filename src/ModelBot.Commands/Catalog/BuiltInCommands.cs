namespace ModelBot.Commands.Catalog;

/// <summary>The commands ModelBot offers on every platform, written once.</summary>
public static class BuiltInCommands
{
    /// <summary>The settings a figure can be measured in, offered as choices of <c>/benchmark setting</c>.</summary>
    public static IReadOnlyList<OptionChoice> SettingChoices { get; } =
    [
        new("no tools", "no tools"),
        new("with tools", "with tools"),
        new("no tools, Contemplating", "no tools, Contemplating"),
        new("with tools, Contemplating", "with tools, Contemplating"),
    ];

    /// <summary>/compare: models side by side on every benchmark they share.</summary>
    public static CommandDefinition Compare { get; } = new()
    {
        Name = CommandNames.Compare,
        Description = "Compare two to five models side by side on every benchmark they share.",
        Options =
        [
            ModelOption("model1", "First model, e.g. muse-spark", required: true),
            ModelOption("model2", "Second model, e.g. gpt-5.4", required: true),
            ModelOption("model3", "Third model (optional)", required: false),
            ModelOption("model4", "Fourth model (optional)", required: false),
            ModelOption("model5", "Fifth model (optional)", required: false),
        ],
        Usage = "/compare <model> <model> [<model>…] [on <benchmark or topic>]",
        Examples =
        [
            "/compare muse-spark gpt-5.4",
            "/compare \"gemini 3.1 pro\" opus 4.6",
            "/compare gemma 4, llama 4",
            "/compare muse-spark gpt-5.4 on hle",
            "/compare muse-spark gpt-5.4 on coding",
        ],
    };

    /// <summary>/benchmark: the leaderboard for one benchmark.</summary>
    public static CommandDefinition Benchmark { get; } = new()
    {
        Name = CommandNames.Benchmark,
        Description = "Leaderboard for one benchmark, ranked per setting, with who measured each figure.",
        Options =
        [
            new CommandOption
            {
                Name = "benchmark",
                Description = "Benchmark, e.g. arc-agi-2 or HLE",
                Required = true,
                Autocomplete = AutocompleteKind.Benchmark,
            },
            new CommandOption
            {
                Name = "setting",
                Description = "Only figures measured in this setting",
                Required = false,
                Choices = SettingChoices,
            },
        ],
        Usage = "/benchmark <benchmark> [setting]",
        Examples = ["/benchmark arc-agi-2", "/benchmark hle with tools"],
    };

    /// <summary>/model: a model's profile and results.</summary>
    public static CommandDefinition Model { get; } = new()
    {
        Name = CommandNames.Model,
        Description = "A model's profile: vendor, release, weights, context window, and every result.",
        Options = [ModelOption("model", "Model, e.g. muse-spark or Avocado", required: true)],
        Usage = "/model <model>",
        Examples = ["/model muse-spark", "/model avocado"],
    };

    /// <summary>/ask: a free-text question routed to the commands above.</summary>
    public static CommandDefinition Ask { get; } = new()
    {
        Name = CommandNames.Ask,
        Description = "Ask in plain words, e.g. which model leads ARC-AGI-2? or: best model for medical questions",
        Options =
        [
            new CommandOption
            {
                Name = "question",
                Description = "Your question, e.g. which is better at coding, muse spark or gpt-5.4?",
                Required = true,
            },
        ],
        Usage = "/ask <question>",
        Examples =
        [
            "/ask which model leads ARC-AGI-2?",
            "/ask best model for medical questions",
            "/ask which is better at coding, muse spark or gpt-5.4?",
            "/ask what benchmarks does Muse Spark lead?",
            "/ask is Muse Spark open source?",
            "/ask how does Gemma 4 compare to Llama 4?",
            "/ask what is Muse Spark's context window?",
            "/ask which model uses the fewest output tokens?",
        ],
    };

    /// <summary>/help: what the bot can do.</summary>
    public static CommandDefinition Help { get; } = new()
    {
        Name = CommandNames.Help,
        Description = "What ModelBot can do: every command with its usage and an example.",
        Options =
        [
            new CommandOption
            {
                Name = "command",
                Description = "Show help for one command only",
                Required = false,
                Choices =
                [
                    new(CommandNames.Compare, CommandNames.Compare),
                    new(CommandNames.Benchmark, CommandNames.Benchmark),
                    new(CommandNames.Model, CommandNames.Model),
                    new(CommandNames.Ask, CommandNames.Ask),
                ],
            },
        ],
        Usage = "/help [command]",
        Examples = ["/help", "/help compare"],
    };

    /// <summary>Every built-in command, in the order /help lists them.</summary>
    public static IReadOnlyList<CommandDefinition> All { get; } = [Compare, Benchmark, Model, Ask, Help];

    private static CommandOption ModelOption(string name, string description, bool required) => new()
    {
        Name = name,
        Description = description,
        Required = required,
        Autocomplete = AutocompleteKind.Model,
    };
}
