using System.Text;
using ModelBot.Commands;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Discord;
using ModelBot.Discord.Security;
using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Discord;

/// <summary>
/// Signed APPLICATION_COMMAND /compare interactions against: ModelBot's endpoint (verify, parse, route, query, render
/// over the real dataset); a bare Kestrel endpoint (read body, verify, fixed reply); and a discord-interactions +
/// express app (bench/peers/discord-interactions) doing the same as the bare one.
/// </summary>
public sealed class DiscordScenario : ILoadScenario
{
    private const string ApplicationId = "1180000000000000001";
    private const string Route = "/discord/interactions";

    private static readonly byte[] FixedReply = Encoding.UTF8.GetBytes("""{"type":4,"data":{"content":"ok","allowed_mentions":{"parse":[]}}}""");

    /// <inheritdoc />
    public string Name => "discord";

    /// <inheritdoc />
    public async Task<IReadOnlyList<LoadTarget>> StartAsync(HarnessOptions options, CancellationToken cancellationToken)
    {
        var loaded = new DatasetLoader().Load(LoopbackWebApp.RepositoryPath("data"));
        var dataset = loaded.Dataset ?? throw new InvalidOperationException("data/ does not load: " + string.Join("; ", loaded.Errors));
        var signer = new HarnessSigner();
        var interactions = CompareInteractions.Create(dataset, signer, ApplicationId);

        var targets = new List<LoadTarget>
        {
            await StartModelBotAsync(dataset, signer, interactions, cancellationToken),
            await StartBareAsync(signer, interactions, cancellationToken),
        };
        if (!options.SkipPeers && NodeProcess.IsAvailable)
        {
            targets.Add(await StartNodeAsync(signer, interactions, cancellationToken));
        }
        return targets;
    }

    private static async Task<LoadTarget> StartModelBotAsync(CuratedDataset dataset, HarnessSigner signer, IReadOnlyList<SignedInteraction> interactions, CancellationToken cancellationToken)
    {
        var builder = LoopbackWebApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:ApplicationId"] = ApplicationId,
        });
        builder.Services.AddSingleton<IDatasetProvider>(new FixedDatasetProvider(dataset));
        builder.Services.AddSingleton<QueryService>();
        builder.Services.AddModelBotCommands(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);
        var app = builder.Build();
        app.MapDiscord();
        var url = new Uri(await LoopbackWebApp.StartAsync(app, cancellationToken), Route);
        return new LoadTarget("ModelBot /discord/interactions", TargetRole.ModelBot, n => interactions[n % interactions.Count].ToRequest(url), app.DisposeAsync);
    }

    private static async Task<LoadTarget> StartBareAsync(HarnessSigner signer, IReadOnlyList<SignedInteraction> interactions, CancellationToken cancellationToken)
    {
        var verifier = InteractionSignatureVerifier.FromHex(signer.PublicKeyHex)!;
        var app = LoopbackWebApp.CreateBuilder().Build();
        app.MapPost(Route, async context =>
        {
            var signature = context.Request.Headers[SignatureHeaders.Signature].ToString();
            var timestamp = context.Request.Headers[SignatureHeaders.Timestamp].ToString();
            var (body, _) = await SignedRequestBody.ReadAsync(context.Request.BodyReader, timestamp, context.Request.ContentLength, 64 * 1024, context.RequestAborted);
            using (body)
            {
                if (body is null || !verifier.Verify(signature, body.SignedMessage))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }
            }
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = FixedReply.Length;
            await context.Response.Body.WriteAsync(FixedReply, context.RequestAborted);
        });
        var url = new Uri(await LoopbackWebApp.StartAsync(app, cancellationToken), Route);
        return new LoadTarget("bare Kestrel (verify, fixed reply)", TargetRole.Bare, n => interactions[n % interactions.Count].ToRequest(url), app.DisposeAsync);
    }

    private static async Task<LoadTarget> StartNodeAsync(HarnessSigner signer, IReadOnlyList<SignedInteraction> interactions, CancellationToken cancellationToken)
    {
        var node = await NodeProcess.StartAsync(
            LoopbackWebApp.RepositoryPath(Path.Combine("bench", "peers", "discord-interactions")),
            new Dictionary<string, string> { ["PUBLIC_KEY"] = signer.PublicKeyHex, ["PORT"] = "0" },
            cancellationToken);
        var url = new Uri($"http://127.0.0.1:{node.Port}{Route}");
        return new LoadTarget("discord-interactions + express", TargetRole.Peer, n => interactions[n % interactions.Count].ToRequest(url), node.DisposeAsync);
    }
}
