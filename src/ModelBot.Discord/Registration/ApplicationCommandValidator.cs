using System.Text.RegularExpressions;

namespace ModelBot.Discord.Registration;

/// <summary>
/// Checks application commands against Discord's rules before anything is sent, so a catalog edit that Discord would
/// refuse (error 50035) fails locally with the command and option named.
/// </summary>
public static partial class ApplicationCommandValidator
{
    /// <summary>Every rule broken, one readable line each; empty when Discord will accept the set.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        var errors = new List<string>();
        if (commands.Count > ApplicationCommandLimits.MaxChatInputCommands)
        {
            errors.Add($"{commands.Count} commands; Discord allows {ApplicationCommandLimits.MaxChatInputCommands}.");
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            var where = $"/{command.Name}";
            if (!names.Add(command.Name))
            {
                errors.Add($"{where}: the name is used twice.");
            }
            CheckName(errors, where, command.Name);
            CheckDescription(errors, where, command.Description);
            CheckOptions(errors, where, command.Options ?? []);
            var characters = CountCharacters(command);
            if (characters > ApplicationCommandLimits.MaxCommandCharacters)
            {
                errors.Add($"{where}: {characters} characters of names, descriptions and choices; Discord allows {ApplicationCommandLimits.MaxCommandCharacters}.");
            }
        }
        return errors;
    }

    /// <summary>Whether <paramref name="name"/> is a valid slash command or option name.</summary>
    public static bool IsValidName(string name) =>
        NamePattern().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    private static void CheckOptions(List<string> errors, string where, IReadOnlyList<ApplicationCommandOption> options)
    {
        if (options.Count > ApplicationCommandLimits.MaxOptions)
        {
            errors.Add($"{where}: {options.Count} options; Discord allows {ApplicationCommandLimits.MaxOptions}.");
        }
        var optionNames = new HashSet<string>(StringComparer.Ordinal);
        var optionalSeen = false;
        foreach (var option in options)
        {
            var at = $"{where} option '{option.Name}'";
            if (!optionNames.Add(option.Name))
            {
                errors.Add($"{at}: the name is used twice.");
            }
            CheckName(errors, at, option.Name);
            CheckDescription(errors, at, option.Description);
            if (option.Required == true && optionalSeen)
            {
                errors.Add($"{at}: required options must come before optional ones.");
            }
            optionalSeen |= option.Required != true;
            var choices = option.Choices ?? [];
            if (option.Autocomplete == true && choices.Count > 0)
            {
                errors.Add($"{at}: an option with autocomplete cannot have choices.");
            }
            if (choices.Count > ApplicationCommandLimits.MaxChoices)
            {
                errors.Add($"{at}: {choices.Count} choices; Discord allows {ApplicationCommandLimits.MaxChoices}.");
            }
            foreach (var choice in choices)
            {
                if (choice.Name.Length is 0 or > ApplicationCommandLimits.MaxChoiceLength)
                {
                    errors.Add($"{at}: choice name '{choice.Name}' must be 1–{ApplicationCommandLimits.MaxChoiceLength} characters.");
                }
                if (choice.Value.Length > ApplicationCommandLimits.MaxChoiceLength)
                {
                    errors.Add($"{at}: choice value '{choice.Value}' is longer than {ApplicationCommandLimits.MaxChoiceLength} characters.");
                }
            }
        }
    }

    private static void CheckName(List<string> errors, string where, string name)
    {
        if (!IsValidName(name))
        {
            errors.Add($"{where}: the name must be 1–{ApplicationCommandLimits.MaxNameLength} lowercase letters, digits, '-', '_' or '''.");
        }
    }

    private static void CheckDescription(List<string> errors, string where, string description)
    {
        if (description.Length is 0 or > ApplicationCommandLimits.MaxDescriptionLength)
        {
            errors.Add($"{where}: the description must be 1–{ApplicationCommandLimits.MaxDescriptionLength} characters (it has {description.Length}).");
        }
    }

    private static int CountCharacters(ApplicationCommand command)
    {
        var total = command.Name.Length + command.Description.Length;
        foreach (var option in command.Options ?? [])
        {
            total += option.Name.Length + option.Description.Length;
            foreach (var choice in option.Choices ?? [])
            {
                total += choice.Name.Length + choice.Value.Length;
            }
        }
        return total;
    }

    // Discord's ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$, with .NET's Unicode block names for the two scripts.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
