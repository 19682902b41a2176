namespace ModelBot.Discord.Registration;

/// <summary>
/// Decides whether the commands Discord holds already match the catalog: same names, descriptions, types and options
/// (missing <c>required</c>/<c>autocomplete</c> read as false, missing lists as empty), in any command order.
/// </summary>
public static class ApplicationCommandComparer
{
    /// <summary>True when registering <paramref name="desired"/> would change nothing.</summary>
    public static bool AreEquivalent(IReadOnlyList<ApplicationCommand> registered, IReadOnlyList<ApplicationCommand> desired)
    {
        if (registered.Count != desired.Count)
        {
            return false;
        }
        var byName = new Dictionary<string, ApplicationCommand>(StringComparer.Ordinal);
        foreach (var command in registered)
        {
            if (!byName.TryAdd(command.Name, command))
            {
                return false;
            }
        }
        foreach (var command in desired)
        {
            if (!byName.TryGetValue(command.Name, out var existing) || !Same(existing, command))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Same(ApplicationCommand a, ApplicationCommand b)
    {
        var optionsA = a.Options ?? [];
        var optionsB = b.Options ?? [];
        if (a.Type != b.Type || a.Description != b.Description || optionsA.Count != optionsB.Count)
        {
            return false;
        }
        for (var i = 0; i < optionsA.Count; i++)
        {
            if (!Same(optionsA[i], optionsB[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Same(ApplicationCommandOption a, ApplicationCommandOption b) =>
        a.Type == b.Type
        && a.Name == b.Name
        && a.Description == b.Description
        && (a.Required ?? false) == (b.Required ?? false)
        && (a.Autocomplete ?? false) == (b.Autocomplete ?? false)
        && (a.Choices ?? []).SequenceEqual(b.Choices ?? []);
}
