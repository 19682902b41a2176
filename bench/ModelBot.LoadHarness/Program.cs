using ModelBot.LoadHarness.Bare;
using ModelBot.LoadHarness.Cli;
using ModelBot.LoadHarness.Scenarios;
using ModelBot.LoadHarness.Soak;

// The loopback measurement harness (bench/run drives it):
//   run [--quick] [--scenario discord,slack] [--requests N] [--seconds N] [--concurrency 32] [--warmup-seconds N] [--rounds N]
//       [--skip-peers] [--host modelbot.dll]   ModelBot host vs bare Kestrel vs Node peer, one Markdown table
//   soak [--duration 10m] [--rate 200] …       steady mixed load on the host, memory and latency over time
//   serve-bare --port N [--discord-public-key HEX] [--slack-signing-secret S]   the bare baseline itself
// Every target is its own process on 127.0.0.1; the table goes to standard output, progress to standard error.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
var rest = args.Length > 0 && command == args[0] ? args[1..] : args;
try
{
    return command switch
    {
        "run" => await HarnessRun.RunAsync(RunOptions.Parse(rest), Console.Out, Console.Error, cancel.Token),
        "soak" => await SoakRunner.RunAsync(SoakOptions.Parse(rest), Console.Out, Console.Error, cancel.Token),
        "serve-bare" => await BareServer.RunAsync(rest),
        _ => throw new ArgumentException($"unknown command {command} (run, soak, serve-bare)"),
    };
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or TimeoutException)
{
    // A target that is not built, does not start or does not answer: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"{command} failed: {e.Message}");
    return 1;
}
