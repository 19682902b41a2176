using ModelBot.Commands.Delivery;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// Where an interaction's answer went, for <see cref="IAnswerFollowOn{TTarget}"/> steps: the interaction's webhook,
/// whose <c>@original</c> (<c>/webhooks/{ApplicationId}/{Token}/messages/@original</c>) holds the answer and may be
/// edited (a chart: PATCH with a multipart body) for 15 minutes. A class, not a record, so that printing it never
/// prints the token.
/// </summary>
public sealed class DiscordReplyTarget(string applicationId, string token, string interactionId, string transport)
{
    /// <summary>The application the interaction belongs to.</summary>
    public string ApplicationId { get; } = applicationId;

    /// <summary>The interaction token: a credential for 15 minutes; never log it.</summary>
    public string Token { get; } = token;

    /// <summary>The interaction's id (safe to log).</summary>
    public string InteractionId { get; } = interactionId;

    /// <summary><see cref="TransportNames.DiscordHttp"/> or <see cref="TransportNames.DiscordGateway"/>.</summary>
    public string Transport { get; } = transport;

    /// <summary>The webhook path of the answer's message.</summary>
    public string OriginalPath => $"/webhooks/{ApplicationId}/{Token}/messages/@original";
}
