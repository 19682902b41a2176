using System.Diagnostics;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Slack;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Targets;

public sealed class TargetProcessTests
{
    private static readonly IRequestFactory Requests = new SlackCompareRequests([("muse-spark", "gpt-5.4")], SlackSigner.CreateRandom(), TimeProvider.System);

    [Fact]
    public async Task WaitAsync_TargetExitsBeforeAnswering_FailsWithWhatItPrinted()
    {
        SkipWithoutShell();
        await using var process = TargetProcess.Start(Shell("echo 'Discord:PublicKey must be 64 hex characters' >&2; exit 3"));

        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            StartupProbe.WaitAsync(process, Requests, LoopbackPort.Address(LoopbackPort.Next()), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Discord:PublicKey must be 64 hex characters");
    }

    [Fact]
    public async Task WaitAsync_TargetNeverAnswers_TimesOut()
    {
        SkipWithoutShell();
        await using var process = TargetProcess.Start(Shell("sleep 30"));

        await Should.ThrowAsync<TimeoutException>(() =>
            StartupProbe.WaitAsync(process, Requests, LoopbackPort.Address(LoopbackPort.Next()), TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DisposeAsync_RunningTarget_IsStopped()
    {
        SkipWithoutShell();
        var process = TargetProcess.Start(Shell("sleep 30 & wait"));
        var id = process.Id;

        await process.DisposeAsync();

        Should.Throw<ArgumentException>(() => Process.GetProcessById(id));
    }

    private static ProcessStartInfo Shell(string script)
    {
        var start = new ProcessStartInfo("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return start;
    }

    private static void SkipWithoutShell()
    {
        if (!File.Exists("/bin/sh"))
        {
            Assert.Skip("needs /bin/sh");
        }
    }
}
