using Microsoft.Extensions.Options;

namespace ModelBot.Core.Loading;

/// <summary>Validates <see cref="DataOptions"/> at start-up with messages that say which setting to fix.</summary>
public sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add("Data:Path is empty; set it to the data directory (e.g. \"data\").");
        }
        else
        {
            var resolved = DataPathResolver.Resolve(options.Path);
            if (!Directory.Exists(resolved))
            {
                failures.Add($"Data:Path '{options.Path}' is not a directory (looked for {resolved}).");
            }
        }

        if (options.DebounceMilliseconds is < 0 or > DataOptions.MaximumDebounceMilliseconds)
        {
            failures.Add($"Data:DebounceMilliseconds must be between 0 and {DataOptions.MaximumDebounceMilliseconds}, not {options.DebounceMilliseconds}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
