namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>The session start limit object of <c>GET /gateway/bot</c>.</summary>
/// <param name="Total">Session starts allowed per period.</param>
/// <param name="Remaining">Session starts left.</param>
/// <param name="ResetAfter">Milliseconds until <see cref="Remaining"/> resets to <see cref="Total"/>.</param>
/// <param name="MaxConcurrency">Identify requests allowed per 5 seconds (one per rate-limit bucket).</param>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
