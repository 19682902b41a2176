using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ModelBot.Benchmarks.Scale;

/// <summary>
/// <c>bench/run --scale</c>: generates the datasets of <see cref="DatasetGenerator.StandardSizes"/>, runs
/// <see cref="ScaleProbe"/> on each in a process of its own (peak RSS is that size's), and prints one markdown table:
/// models, results, load (ready), first answer, peak RSS, and per kind of request the mean and p95 after warm-up.
/// </summary>
public static class ScaleReport
{
    /// <summary>Runs the report; <paramref name="work"/> holds the generated datasets.</summary>
    public static int Run(string template, string work, int iterations, TextWriter output)
    {
        var rows = new List<JsonElement>();
        foreach (var (name, models, results) in DatasetGenerator.StandardSizes)
        {
            var directory = Path.Combine(work, name);
            if (!Directory.Exists(directory))
            {
                Console.Error.WriteLine($"generating {name}: {models:N0} models, {results:N0} results");
                DatasetGenerator.Generate(template, directory, models, results);
            }

            Console.Error.WriteLine($"probing {name}");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
            start.ArgumentList.Add(typeof(ScaleReport).Assembly.Location);
            start.ArgumentList.Add("scale-probe");
            start.ArgumentList.Add(directory);
            start.ArgumentList.Add("--iterations");
            start.ArgumentList.Add(iterations.ToString(CultureInfo.InvariantCulture));
            using var probe = Process.Start(start)!;
            var line = probe.StandardOutput.ReadToEnd().Trim();
            probe.WaitForExit();
            if (probe.ExitCode != 0 || line.Length == 0)
            {
                Console.Error.WriteLine($"the probe of {name} failed (exit {probe.ExitCode}): {line}");
                return 1;
            }

            rows.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        output.Write(Table(rows));
        return 0;
    }

    /// <summary>The markdown table of probe results (one JSON object per size).</summary>
    public static string Table(IReadOnlyList<JsonElement> rows)
    {
        var kinds = ScaleProbe.Kinds.Select(k => k.Kind).ToList();
        var text = new StringBuilder();
        text.Append("| Dataset | Ready: load + validate + index (CPU) | First answer | Peak RSS |");
        foreach (var kind in kinds)
        {
            text.Append(' ').Append(kind).Append(" mean / p95 |");
        }

        text.Append(" Largest reply (Discord / Slack) |\n|---|---:|---:|---:|");
        text.Append(string.Concat(kinds.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.GetProperty("models").GetInt32():N0} models, {row.GetProperty("results").GetInt32():N0} results | {Seconds(row.GetProperty("readyMs").GetDouble())} ({Seconds(row.GetProperty("readyCpuMs").GetDouble())}) | {row.GetProperty("firstAnswerMs").GetDouble():0.#} ms | {row.GetProperty("peakRssMiB").GetDouble():0} MiB |");
            foreach (var kind in kinds)
            {
                var times = row.GetProperty("kinds").GetProperty(kind);
                text.Append(CultureInfo.InvariantCulture, $" {times.GetProperty("mean").GetDouble():0.00} / {times.GetProperty("p95").GetDouble():0.00} ms |");
            }

            text.Append(CultureInfo.InvariantCulture, $" {row.GetProperty("wideBoardDiscordBytes").GetInt32() / 1024.0:0.0} / {row.GetProperty("wideBoardSlackBytes").GetInt32() / 1024.0:0.0} KB |\n");
        }

        return text.ToString();
    }

    private static string Seconds(double milliseconds) => milliseconds >= 1000
        ? (milliseconds / 1000).ToString("0.0# s", CultureInfo.InvariantCulture)
        : milliseconds.ToString("0 ms", CultureInfo.InvariantCulture);
}
