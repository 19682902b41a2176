using System.Buffers;
using System.Text;
using ModelBot.LoadHarness.Bare;
using NSec.Cryptography;

namespace ModelBot.LoadHarness.Discord;

/// <summary>
/// The Discord baseline: only the work no interactions endpoint can skip. Read the body, verify the Ed25519 signature
/// over timestamp + body, answer a fixed type-4 message (401 on a bad signature).
/// </summary>
public static class DiscordBareEndpoint
{
    private static readonly byte[] FixedReply = Encoding.UTF8.GetBytes("""{"type":4,"data":{"content":"ok","allowed_mentions":{"parse":[]}}}""");

    /// <summary>Maps <c>POST /discord/interactions</c> checked against <paramref name="publicKeyHex"/>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, string publicKeyHex)
    {
        var algorithm = SignatureAlgorithm.Ed25519;
        var key = PublicKey.Import(algorithm, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        endpoints.MapPost(DiscordCompareRequests.Path, async context =>
        {
            var signatureHex = context.Request.Headers[DiscordCompareRequests.SignatureHeader].ToString();
            var timestamp = Encoding.UTF8.GetBytes(context.Request.Headers[DiscordCompareRequests.TimestampHeader].ToString());
            using var message = await PooledBody.ReadAsync(context.Request.BodyReader, timestamp, BareReply.MaxBodyBytes, context.RequestAborted);
            if (message is null)
            {
                await BareReply.StatusAsync(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }
            var signature = new byte[64];
            var valid = timestamp.Length > 0
                && signatureHex.Length == 128
                && Convert.FromHexString(signatureHex, signature, out _, out var written) == OperationStatus.Done
                && written == signature.Length
                && algorithm.Verify(key, message.Span, signature);
            await (valid ? BareReply.JsonAsync(context, FixedReply) : BareReply.StatusAsync(context, StatusCodes.Status401Unauthorized));
        });
    }
}
