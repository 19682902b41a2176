using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ModelBot.LoadHarness.Targets;

/// <summary>
/// Discord's and Slack's REST APIs as far as the host's follow-ups need them, on loopback in the harness process: each
/// answer's chart goes to the interaction's original message (Discord) or through Slack's external upload, and succeeds
/// at once. With a closed port instead, every follow-up was a refused connection, whose exceptions cost the host
/// several times what a real upload does; a follow-up that succeeds is what a deployment pays.
/// </summary>
public sealed class PlatformApiSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlatformApiSink(WebApplication app) => _app = app;

    /// <summary>Where the sink listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Discord's API base on the sink (the host's <c>Discord:ApiBaseUrl</c>).</summary>
    public string DiscordApiBase => $"{Address}/api/v10";

    /// <summary>Slack's Web API base on the sink (the host's <c>Slack:ApiBaseUrl</c>).</summary>
    public string SlackApiBase => $"{Address}/api";

    /// <summary>Starts a sink on a free loopback port.</summary>
    public static async Task<PlatformApiSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new PlatformApiSink(app);
        // Every path (a fallback route would leave out "files.getUploadURLExternal", which looks like a file name).
        app.Run(sink.AnswerAsync);
        await app.StartAsync();
        sink.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return sink;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        // The body is read whole, as a platform would, and dropped.
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var path = context.Request.Path.Value ?? "";
        var json = path switch
        {
            _ when path.StartsWith("/api/v10/", StringComparison.Ordinal) => """{"id":"1180000000000009000","channel_id":"1180000000000000003","attachments":[]}""",
            "/api/files.getUploadURLExternal" => $$"""{"ok":true,"upload_url":"{{Address}}/upload/F0000001","file_id":"F0000001"}""",
            "/api/files.completeUploadExternal" => """{"ok":true,"files":[{"id":"F0000001","title":"chart"}]}""",
            "/api/chat.postMessage" => """{"ok":true,"channel":"C2147483705","ts":"1700000000.000100"}""",
            _ when path.StartsWith("/upload/", StringComparison.Ordinal) => null,
            _ => """{"ok":true}""",
        };
        if (json is null)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.Body.WriteAsync("OK"u8.ToArray(), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(json), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
