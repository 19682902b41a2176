using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Hosting;

/// <summary>
/// The real <c>modelbot serve</c> process with an @mention still being answered (Slack's API accepts the connection and
/// never answers): the first SIGTERM leaves it waiting for that answer; a second one stops it at once.
/// </summary>
public sealed class StopSignalProcessTests
{
    [Fact]
    public async Task Serve_SecondSigtermWhileAnAnswerIsInFlight_StopsAtOnce()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("POSIX signals are sent with kill(1) on Linux");
        }
        var cancellation = TestContext.Current.CancellationToken;
        using var silentSlack = new TcpListener(IPAddress.Loopback, 0);
        silentSlack.Start();
        var accepted = silentSlack.AcceptTcpClientAsync(cancellation).AsTask();
        var port = FreePort();
        using var process = Start(port, ((IPEndPoint)silentSlack.LocalEndpoint).Port);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilServingAsync(client, process, cancellation);
            var body = Encoding.UTF8.GetBytes("""{"type":"event_callback","team_id":"T1","event_id":"EvStop","event":{"type":"app_mention","user":"U1","text":"<@UBOT> arc-agi-2","ts":"1.1","channel":"C1"}}""");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(body) };
            var timestamp = SignedServeHost.NowSeconds();
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", SignedServeHost.SignSlack(timestamp, body));
            using (var acknowledged = await client.SendAsync(request, cancellation))
            {
                acknowledged.StatusCode.ShouldBe(HttpStatusCode.OK);
            }
            using var inFlight = await accepted.WaitAsync(TimeSpan.FromSeconds(30), cancellation);

            Signal(process);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
            process.HasExited.ShouldBeFalse("the first signal waits for the answer still being delivered");
            Signal(process);

            await process.WaitForExitAsync(cancellation).WaitAsync(TimeSpan.FromSeconds(15), cancellation);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process Start(int port, int slackPort)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "modelbot.dll"));
        start.ArgumentList.Add("serve");
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["Console__Mode"] = "Off";
        start.Environment["Data__Path"] = ModelBot.Tests.Repository.RepositoryRoot.Data;
        start.Environment["Slack__SigningSecret"] = SignedServeHost.SlackSecret;
        start.Environment["Slack__BotToken"] = "xoxb-stop-test";
        start.Environment["Slack__ApiBaseUrl"] = $"http://127.0.0.1:{slackPort}/api/";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilServingAsync(HttpClient client, Process process, CancellationToken cancellation)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            process.HasExited.ShouldBeFalse("modelbot serve exited before it served");
            try
            {
                using var health = await client.GetAsync("/health/ready", cancellation);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellation);
        }
        throw new TimeoutException("modelbot serve did not become ready");
    }

    private static void Signal(Process process)
    {
        using var kill = Process.Start("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
