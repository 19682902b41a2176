using Microsoft.Extensions.Logging;
using ModelBot.Slack.Logging;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Events;

/// <summary>The bot's own user id, from <c>auth.test</c> (asked once, remembered), to ignore the bot's own messages.</summary>
public sealed class SlackBotIdentity : IDisposable
{
    private readonly SlackApiClient _api;
    private readonly ILogger<SlackBotIdentity> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _userId;

    /// <summary>Creates the identity lookup.</summary>
    public SlackBotIdentity(SlackApiClient api, ILogger<SlackBotIdentity> logger)
    {
        _api = api;
        _logger = logger;
    }

    /// <summary>The bot's user id, or null when <c>auth.test</c> failed (asked again next time).</summary>
    public async ValueTask<string?> GetUserIdAsync(CancellationToken cancellationToken)
    {
        if (_userId is { } known)
        {
            return known;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_userId is null)
            {
                var result = await _api.AuthTestAsync(cancellationToken);
                if (result.IsOk)
                {
                    _userId = result.Value.UserId;
                }
                else
                {
                    SlackLog.AuthTestFailed(_logger, result.Error.Code);
                }
            }
            return _userId;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
