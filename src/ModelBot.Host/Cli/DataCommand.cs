using System.CommandLine;
using ModelBot.Core.Loading;
using ModelBot.Host.Hosting;

namespace ModelBot.Host.Cli;

/// <summary>
/// <c>modelbot data validate [path]</c>: loads and validates a dataset directory without serving it. Prints one
/// <c>file:line:col: message</c> line per error and a summary; exit code 1 on errors, 0 with the counts when valid.
/// </summary>
public static class DataCommand
{
    /// <summary>Creates the <c>data</c> command and its <c>validate</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("path")
        {
            Description = "Dataset directory (default: Data:Path from configuration, else ./data or the repository's data/)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var validate = new Command("validate", "Validate a dataset: errors as file:line:col: message, exit code 1 when there are any")
        {
            Arguments = { path },
        };
        validate.SetAction((parseResult, cancellationToken) => ValidateAsync(context, parseResult.GetValue(path), cancellationToken));
        return new Command("data", "Work with the curated dataset") { Subcommands = { validate } };
    }

    private static async Task<int> ValidateAsync(CliContext context, string? explicitPath, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(context, explicitPath);
        var configured = host.Services.GetRequiredService<IConfiguration>()[HostingExtensions.DataPathKey];
        var directory = DataPathResolver.Resolve(string.IsNullOrWhiteSpace(configured) ? new DataOptions().Path : configured);
        var result = ActivatorUtilities.GetServiceOrCreateInstance<DatasetLoader>(host.Services).Load(directory);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), directory);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? directory : relative;
        var terminal = context.Terminal;
        if (result.Dataset is { } dataset)
        {
            await terminal.Output.WriteLineAsync(
                $"{shown}: valid: {dataset.Models.Count} models, {dataset.Benchmarks.Count} benchmarks, " +
                $"{dataset.Sources.Count} sources, {dataset.Results.Count} results");
            return ExitCodes.Success;
        }

        foreach (var error in result.Errors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = error.File == "." ? shown : Path.Combine(shown, error.File);
            await terminal.Output.WriteLineAsync($"{file}:{error.Line}:{error.Column}: {error.Message}");
        }

        await terminal.Output.WriteLineAsync($"{shown}: invalid: {result.Errors.Count} error{(result.Errors.Count == 1 ? "" : "s")}");
        return ExitCodes.Failure;
    }
}
