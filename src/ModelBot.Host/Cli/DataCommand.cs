using System.CommandLine;
using ModelBot.Core.Importing;
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
        return new Command("data", "Work with the curated dataset") { Subcommands = { validate, CreateImport(context), CreateDiff(context) } };
    }

    private static Command CreateImport(CliContext context)
    {
        var table = new Argument<string>("table") { Description = "A results table: .csv (a leaderboard export) or markdown with pipe tables (.md, an article's table)" };
        var source = new Option<string>("--source") { Description = "The source id the figures come from (written to results/<source>.yaml)", Required = true };
        var setting = new Option<string?>("--setting") { Description = "The setting of figures whose row names none (default: default)" };
        var evaluator = new Option<string?>("--evaluator") { Description = "Who ran the figures (default: not stated)" };
        var allowNew = new Option<bool>("--allow-new") { Description = "Write stubs for names that match no model or benchmark (for review) instead of stopping" };
        var data = DataPathOption.Create();
        var import = new Command("import", "Import a results table: names mapped through the bot's resolver; nothing written while a name or value is unresolved")
        {
            Arguments = { table },
            Options = { source, setting, evaluator, allowNew, data },
        };
        import.SetAction((parseResult, cancellationToken) => ImportAsync(
            context,
            parseResult.GetValue(data),
            parseResult.GetValue(table)!,
            new ImportOptions(parseResult.GetValue(source)!, parseResult.GetValue(setting), parseResult.GetValue(evaluator), parseResult.GetValue(allowNew)),
            cancellationToken));
        return import;
    }

    private static Command CreateDiff(CliContext context)
    {
        var older = new Argument<string>("old") { Description = "The dataset directory before the change" };
        var newer = new Argument<string>("new") { Description = "The dataset directory after the change" };
        var diff = new Command("diff", "What a dataset change does to the answers: figures added, changed and removed, leaders that change, new conflicts (markdown)")
        {
            Arguments = { older, newer },
        };
        diff.SetAction((parseResult, cancellationToken) => DiffAsync(context, parseResult.GetValue(older)!, parseResult.GetValue(newer)!, cancellationToken));
        return diff;
    }

    private static async Task<int> ImportAsync(CliContext context, string? explicitPath, string tablePath, ImportOptions options, CancellationToken cancellationToken)
    {
        var output = context.Terminal.Output;
        using var host = CommandHost.Build(context, explicitPath);
        var configured = host.Services.GetRequiredService<IConfiguration>()[HostingExtensions.DataPathKey];
        var directory = DataPathResolver.Resolve(string.IsNullOrWhiteSpace(configured) ? new DataOptions().Path : configured);
        var loader = ActivatorUtilities.GetServiceOrCreateInstance<DatasetLoader>(host.Services);
        var loaded = loader.Load(directory);
        if (loaded.Dataset is not { } dataset)
        {
            await output.WriteLineAsync($"{DatasetErrorText.Shown(directory)}: invalid before the import ({loaded.Errors.Count} errors): run modelbot data validate");
            return ExitCodes.Failure;
        }

        if (!File.Exists(tablePath))
        {
            await output.WriteLineAsync($"{tablePath}: file not found");
            return ExitCodes.Failure;
        }

        var tables = ResultsTable.Read(tablePath, await File.ReadAllTextAsync(tablePath, cancellationToken));
        if (tables.Count == 0)
        {
            await output.WriteLineAsync($"{tablePath}: no table found (a CSV with a header row, or a markdown pipe table)");
            return ExitCodes.Failure;
        }

        var plan = ResultsImporter.Plan(dataset, tables, options);
        foreach (var name in plan.Unmapped)
        {
            var hint = name.Suggestions.Count == 0 ? "" : $" (did you mean {string.Join(" or ", name.Suggestions.Take(3))}?)";
            await output.WriteLineAsync($"{tablePath}:{name.Line}: no {name.Kind} matches '{name.Name}'{hint}{(plan.CanWrite(options.AllowNew) ? ": a stub is written for review" : "")}");
        }

        foreach (var problem in plan.Problems)
        {
            await output.WriteLineAsync($"{tablePath}: {problem}");
        }

        foreach (var skipped in plan.Skipped)
        {
            await output.WriteLineAsync($"{tablePath}: skipped: {skipped}");
        }

        foreach (var conflict in plan.Conflicts)
        {
            var others = string.Join(", ", conflict.Others.Select(o => $"{o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({o.Source})"));
            await output.WriteLineAsync($"{tablePath}:{conflict.Figure.Line}: conflict: {conflict.Figure.Model} on {conflict.Figure.Benchmark} ({conflict.Figure.Setting}) {conflict.Figure.ValueText} here, {others} elsewhere; both kept");
        }

        if (!plan.CanWrite(options.AllowNew))
        {
            var blocking = new List<string>(2);
            if (!options.AllowNew && plan.Unmapped.Count > 0)
            {
                blocking.Add($"{plan.Unmapped.Count} unmapped name{(plan.Unmapped.Count == 1 ? "" : "s")}");
            }

            if (plan.Problems.Count > 0)
            {
                blocking.Add($"{plan.Problems.Count} impossible or clashing value{(plan.Problems.Count == 1 ? "" : "s")}");
            }

            await output.WriteLineAsync($"nothing written: {string.Join(", ", blocking)} (fix the table, add aliases, or --allow-new for new names)");
            return ExitCodes.Failure;
        }

        var written = ImportWriter.Write(directory, dataset, plan, options, tablePath, tables);
        var after = loader.Load(directory);
        await output.WriteLineAsync($"wrote {string.Join(", ", written.Files)}: {written.Figures} figure{(written.Figures == 1 ? "" : "s")} ({plan.Conflicts.Count} conflicting with other sources, {plan.AlreadyPresent} already present)");
        if (after.Dataset is null)
        {
            foreach (var error in after.Errors)
            {
                await output.WriteLineAsync(DatasetErrorText.Format(DatasetErrorText.Shown(directory), error));
            }

            await output.WriteLineAsync("the dataset does not validate after the import: review the stubs and figures above");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static async Task<int> DiffAsync(CliContext context, string olderPath, string newerPath, CancellationToken cancellationToken)
    {
        var loader = new DatasetLoader();
        var older = loader.Load(olderPath);
        var newer = loader.Load(newerPath);
        foreach (var (path, result) in new[] { (olderPath, older), (newerPath, newer) })
        {
            if (result.Dataset is null)
            {
                await context.Terminal.Output.WriteLineAsync($"{path}: invalid ({result.Errors.Count} errors): run modelbot data validate {path}");
                return ExitCodes.Failure;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await context.Terminal.Output.WriteAsync(DatasetDiff.Markdown(older.Dataset!, newer.Dataset!));
        return ExitCodes.Success;
    }

    private static async Task<int> ValidateAsync(CliContext context, string? explicitPath, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(context, explicitPath);
        var configured = host.Services.GetRequiredService<IConfiguration>()[HostingExtensions.DataPathKey];
        var directory = DataPathResolver.Resolve(string.IsNullOrWhiteSpace(configured) ? new DataOptions().Path : configured);
        var result = ActivatorUtilities.GetServiceOrCreateInstance<DatasetLoader>(host.Services).Load(directory);
        var shown = DatasetErrorText.Shown(directory);
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
            await terminal.Output.WriteLineAsync(DatasetErrorText.Format(shown, error));
        }

        await terminal.Output.WriteLineAsync($"{shown}: invalid: {result.Errors.Count} error{(result.Errors.Count == 1 ? "" : "s")}");
        return ExitCodes.Failure;
    }
}
