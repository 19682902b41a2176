namespace ModelBot.Commands.Delivery;

/// <summary>
/// A step that adds to an answer after its text reached the user: a chart, for instance, which Discord attaches by
/// editing <c>@original</c> with a multipart body and Slack by uploading a file to the conversation. A platform runs
/// every registered step of its <typeparamref name="TTarget"/> in registration order, in the background (see
/// <see cref="FollowOnSteps{TTarget}"/>), only once the text was delivered, and never for page turns or sources.
/// A step that throws is logged; the text already delivered stands.
/// </summary>
/// <typeparam name="TTarget">Where the text went, as the platform can address it again (Discord: the interaction's webhook; Slack: the channel and thread).</typeparam>
/// <example><c>services.AddSingleton&lt;IAnswerFollowOn&lt;DiscordReplyTarget&gt;, DiscordChartAttachment&gt;();</c></example>
public interface IAnswerFollowOn<TTarget>
{
    /// <summary>Adds to the delivered answer, or does nothing when it has nothing to add.</summary>
    ValueTask RunAsync(DeliveredAnswer<TTarget> delivered, CancellationToken cancellationToken);
}
