using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ModelBot.LoadHarness.Bare;

namespace ModelBot.LoadHarness.Slack;

/// <summary>
/// The Slack baseline: only the work no slash-command endpoint can skip. Read the body, check the timestamp window and
/// the v0 HMAC in constant time, answer a fixed in-channel message (401 otherwise).
/// </summary>
public static class SlackBareEndpoint
{
    private static readonly byte[] FixedReply = Encoding.UTF8.GetBytes("""{"response_type":"in_channel","text":"ok"}""");
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Maps <c>POST /slack/commands</c> checked against <paramref name="signingSecret"/>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, string signingSecret, TimeProvider time)
    {
        var key = Encoding.UTF8.GetBytes(signingSecret);
        endpoints.MapPost(SlackCompareRequests.Path, async context =>
        {
            var timestamp = context.Request.Headers[SlackCompareRequests.TimestampHeader].ToString();
            var signature = context.Request.Headers[SlackCompareRequests.SignatureHeader].ToString();
            using var message = await PooledBody.ReadAsync(context.Request.BodyReader, Encoding.ASCII.GetBytes($"v0:{timestamp}:"), BareReply.MaxBodyBytes, context.RequestAborted);
            if (message is null)
            {
                await BareReply.StatusAsync(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }
            var valid = IsFresh(timestamp, time) && Matches(key, message.Span, signature);
            await (valid ? BareReply.JsonAsync(context, FixedReply) : BareReply.StatusAsync(context, StatusCodes.Status401Unauthorized));
        });
    }

    private static bool IsFresh(string timestamp, TimeProvider time) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) <= MaxSkew.TotalSeconds;

    private static bool Matches(byte[] key, ReadOnlySpan<byte> baseString, string signature)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, baseString, expected);
        return signature.StartsWith("v0=", StringComparison.Ordinal)
            && signature.Length == 3 + (2 * given.Length)
            && Convert.FromHexString(signature.AsSpan(3), given, out _, out _) == OperationStatus.Done
            && CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
