using Microsoft.Extensions.Options;
using ModelBot.Charts;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Host.Cli;

/// <summary>
/// Writes answers' charts for <c>ask --chart file.png</c>: the chart of one request to the file named, or with
/// <c>ask -</c> the chart of the request on line N to <c>file-N.png</c>. An answer with nothing to draw, or charts
/// turned off, is said on standard error and is no failure; a file that cannot be written is (exit code 1).
/// </summary>
public sealed class AskChartFile(FileInfo target, IAnswerChart charts, IOptions<ChartsOptions> options)
{
    /// <summary>Draws <paramref name="answer"/>'s chart and writes it; returns the exit code it warrants.</summary>
    public async Task<int> WriteAsync(Answer answer, int? lineNumber, TextWriter error, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            await error.WriteLineAsync($"note: no chart written{Where(lineNumber)}: charts are turned off (Charts:Enabled is false)");
            return ExitCodes.Success;
        }
        if (charts.Draw(answer) is not { } chart)
        {
            await error.WriteLineAsync($"note: no chart written{Where(lineNumber)}: the answer has no figures to draw");
            return ExitCodes.Success;
        }
        var path = PathFor(target.FullName, lineNumber);
        try
        {
            await File.WriteAllBytesAsync(path, chart.Png, cancellationToken);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: the chart could not be written to {path}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The file for the request on <paramref name="lineNumber"/>: "out.png" → "out-3.png"; the name itself for a single request.</summary>
    public static string PathFor(string path, int? lineNumber)
    {
        if (lineNumber is not { } line)
        {
            return path;
        }
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}-{line}{(extension.Length == 0 ? ".png" : extension)}");
    }

    private static string Where(int? lineNumber) => lineNumber is { } line ? $" for line {line}" : "";
}
