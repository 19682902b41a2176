namespace ModelBot.Discord.Registration;

/// <summary>The outcome of a registration with the lines that explain it.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Scope">"guild 123…" or "global".</param>
/// <param name="Messages">Validation errors or Discord's refusal; empty on success.</param>
/// <param name="CommandCount">Commands in the catalog.</param>
public sealed record RegistrationResult(RegistrationStatus Status, string Scope, IReadOnlyList<string> Messages, int CommandCount)
{
    /// <summary>Unchanged or updated.</summary>
    public bool Succeeded => Status is RegistrationStatus.Unchanged or RegistrationStatus.Updated;
}
