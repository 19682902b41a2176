using Microsoft.Extensions.Logging;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Charts;

/// <summary>
/// Adds an answer's chart once its text is in Slack: <c>files.getUploadURLExternal</c>, the PNG POSTed to the URL it
/// gives, then <c>files.completeUploadExternal</c> into the answer's channel and thread. Needs the bot scope
/// <c>files:write</c> (in the manifest); without it the answers stay text only and the log says so once, after which no
/// upload is tried. Answers shown only to the asker get no chart: a file would be seen by everyone.
/// </summary>
public sealed class SlackChartUpload(IAnswerChart charts, SlackApiClient api, ILogger<SlackChartUpload> logger) : IAnswerFollowOn<SlackReplyTarget>
{
    /// <summary>Slack's error when the token lacks a scope the method needs.</summary>
    public const string MissingScope = "missing_scope";

    /// <summary>The scope uploads need.</summary>
    public const string FilesWriteScope = "files:write";

    // Set once Slack said the token lacks files:write: logged then, and no upload is tried again.
    private int _missingScope;

    /// <inheritdoc />
    public async ValueTask RunAsync(DeliveredAnswer<SlackReplyTarget> delivered, CancellationToken cancellationToken)
    {
        var target = delivered.Target;
        if (!charts.Enabled || Volatile.Read(ref _missingScope) == 1 || target.Ephemeral || target.ChannelId is not { Length: > 0 } channel)
        {
            return;
        }
        var answer = await delivered.GetAnswerAsync(cancellationToken);
        if (!answer.Ok || answer.Ephemeral || charts.Draw(answer) is not { } chart)
        {
            return;
        }
        var reserved = await api.GetUploadUrlExternalAsync(chart.FileName, chart.Png.Length, TextFit.ToLength(chart.Description, MaxAltText), cancellationToken);
        if (!reserved.IsOk)
        {
            NotUploaded(reserved.Error);
            return;
        }
        if (reserved.Value.UploadUrl is not { } url || reserved.Value.FileId is not { } fileId || !Uri.TryCreate(url, UriKind.Absolute, out var uploadUrl))
        {
            ChartUploadLog.NotUploaded(logger, SlackApiMethods.FilesGetUploadUrlExternal, "no upload_url or file_id in the answer");
            return;
        }
        var uploaded = await api.UploadFileAsync(uploadUrl, chart.Png, ChartImage.ContentType, cancellationToken);
        if (!uploaded.IsOk)
        {
            NotUploaded(uploaded.Error);
            return;
        }
        var completed = await api.CompleteUploadExternalAsync(fileId, TextFit.ToLength(answer.Title, MaxTitle), channel, target.ThreadTs, cancellationToken);
        if (!completed.IsOk)
        {
            NotUploaded(completed.Error);
        }
    }

    /// <summary>Longest alt text Slack keeps.</summary>
    public const int MaxAltText = 1000;

    /// <summary>Longest file title written.</summary>
    public const int MaxTitle = 250;

    private void NotUploaded(SlackApiError error)
    {
        if (error.Code == MissingScope)
        {
            if (Interlocked.Exchange(ref _missingScope, 1) == 0)
            {
                ChartUploadLog.MissingFilesWrite(logger, FilesWriteScope);
            }
            return;
        }
        ChartUploadLog.NotUploaded(logger, error.Method, error.Code);
    }
}
