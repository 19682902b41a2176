using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelBot.Slack.Logging;

namespace ModelBot.Slack.Security;

/// <summary>The first step of every Slack endpoint: read and verify the body, or answer 401 (413 when too large).</summary>
public sealed class SlackRequestGate
{
    private readonly SlackRequestReader _reader;
    private readonly ILogger<SlackRequestGate> _logger;

    /// <summary>Creates the gate.</summary>
    public SlackRequestGate(SlackRequestReader reader, ILogger<SlackRequestGate> logger)
    {
        _reader = reader;
        _logger = logger;
    }

    /// <summary>The verified body, or null after answering the rejection.</summary>
    public async ValueTask<byte[]?> PassAsync(HttpContext context)
    {
        var verified = await _reader.ReadAsync(context.Request, context.RequestAborted);
        if (verified.IsValid)
        {
            return verified.Body;
        }
        SlackLog.RequestRejected(_logger, context.Request.Path, verified.Check);
        context.Response.StatusCode = verified.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status401Unauthorized;
        return null;
    }
}
