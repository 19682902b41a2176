using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Options;

namespace ModelBot.Slack.Security;

/// <summary>Reads a Slack request's raw body (bounded) and verifies its signature before anything parses it.</summary>
public sealed class SlackRequestReader
{
    private readonly SlackSignatureVerifier _verifier;
    private readonly int _maxBytes;

    /// <summary>Creates the reader.</summary>
    public SlackRequestReader(SlackSignatureVerifier verifier, IOptions<SlackOptions> options)
    {
        _verifier = verifier;
        _maxBytes = options.Value.MaxRequestBodyBytes;
    }

    /// <summary>Reads and verifies <paramref name="request"/>'s body.</summary>
    public async ValueTask<VerifiedBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var timestamp = request.Headers[SlackSignature.TimestampHeader].ToString();
        var signature = request.Headers[SlackSignature.SignatureHeader].ToString();
        if (timestamp.Length == 0 || signature.Length == 0)
        {
            return new VerifiedBody(SignatureCheck.MissingHeaders, []);
        }
        if (request.ContentLength > _maxBytes)
        {
            return new VerifiedBody(SignatureCheck.Mismatch, [], TooLarge: true);
        }
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > _maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return new VerifiedBody(SignatureCheck.Mismatch, [], TooLarge: true);
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                var check = _verifier.Verify(timestamp, signature, body);
                return new VerifiedBody(check, check == SignatureCheck.Valid ? body : []);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
