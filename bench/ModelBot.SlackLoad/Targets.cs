using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Slack;
using ModelBot.Slack.Security;

namespace ModelBot.SlackLoad;

/// <summary>The three servers measured in one run, each on 127.0.0.1 with a port of its own.</summary>
internal static class Targets
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    private static readonly byte[] FixedReply = Encoding.UTF8.GetBytes("""{"response_type":"in_channel","text":"Muse Spark vs GPT-5.4: fixed reply"}""");

    /// <summary>ModelBot's Slack adapter (verification, parsing, dispatch, Block Kit rendering) with a fixed answer.</summary>
    public static async Task<(WebApplication App, string Url)> ModelBotAsync()
    {
        var builder = Slim();
        builder.Configuration.AddInMemoryCollection([new("Slack:SigningSecret", Secret), new("Slack:BotToken", "xoxb-bench")]);
        builder.Services.AddSingleton<IChatRequestHandler, FixedAnswerHandler>();
        builder.Services.AddSlack(builder.Configuration);
        var app = builder.Build();
        app.MapSlack();
        return (app, await StartAsync(app));
    }

    /// <summary>A bare Kestrel endpoint: read the body, check the HMAC, write a fixed reply.</summary>
    public static async Task<(WebApplication App, string Url)> BareAsync()
    {
        var app = Slim().Build();
        var key = Encoding.UTF8.GetBytes(Secret);
        app.MapPost("/slack/commands", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var timestamp = context.Request.Headers[SlackSignature.TimestampHeader].ToString();
            var signature = context.Request.Headers[SlackSignature.SignatureHeader].ToString();
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(Encoding.ASCII.GetBytes("v0:" + timestamp + ":"));
            hmac.AppendData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var mac = hmac.GetHashAndReset();
            var expected = Encoding.ASCII.GetBytes("v0=" + Convert.ToHexStringLower(mac));
            if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
            {
                context.Response.StatusCode = 401;
                return;
            }
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(FixedReply, context.RequestAborted);
        });
        return (app, await StartAsync(app));
    }

    /// <summary>The Bolt peer (bench/peers/bolt), installed with npm at run time.</summary>
    public static async Task<(Process Process, string Url)> BoltAsync(string repositoryRoot)
    {
        var directory = Path.Combine(repositoryRoot, "bench", "peers", "bolt");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "@slack", "bolt")))
        {
            using var install = Process.Start(new ProcessStartInfo("npm", "install --no-audit --no-fund --no-package-lock") { WorkingDirectory = directory })!;
            await install.WaitForExitAsync();
        }
        var port = FreePort();
        var start = new ProcessStartInfo("node", "app.js") { WorkingDirectory = directory, RedirectStandardOutput = true };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SLACK_SIGNING_SECRET"] = Secret;
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line && line != "listening")
        {
        }
        return (process, $"http://127.0.0.1:{port}");
    }

    private static WebApplicationBuilder Slim()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    private static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class FixedAnswerHandler : IChatRequestHandler
    {
        private static readonly Answer Fixed = new()
        {
            Ok = true,
            Command = "compare",
            Title = "Muse Spark vs GPT-5.4",
            Summary = "Fixed reply for the load test.",
        };

        public ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken) => ValueTask.FromResult(Fixed);
    }
}
