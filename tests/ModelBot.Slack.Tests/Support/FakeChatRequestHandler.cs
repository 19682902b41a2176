using System.Collections.Concurrent;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Rendering.Tests;

namespace ModelBot.Slack.Tests.Support;

/// <summary>
/// Answers with the shared sample answers by command (compare, benchmark, model, help; "huge" in the text gives the
/// many-page answer, "no-such" and anything unknown the error answer), records every request, and can hold answers behind a gate.
/// </summary>
internal sealed class FakeChatRequestHandler : IChatRequestHandler
{
    private TaskCompletionSource? _gate;

    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    /// <summary>Holds every answer until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        var answer = AnswerFor(request);
        return _gate is { } gate ? Held(gate.Task, answer, cancellationToken) : ValueTask.FromResult(answer);
    }

    public static Answer AnswerFor(ChatRequest request)
    {
        if (request.Text.Contains("no-such", StringComparison.Ordinal))
        {
            return SampleAnswers.Error;
        }
        if (request.Text.Contains("huge", StringComparison.Ordinal))
        {
            return SampleAnswers.Huge;
        }
        return request.Command switch
        {
            "compare" => SampleAnswers.Compare,
            "benchmark" => SampleAnswers.Leaderboard,
            "model" => SampleAnswers.Profile,
            "help" => SampleAnswers.Help,
            null when request.Text.Contains("arc", StringComparison.OrdinalIgnoreCase) => SampleAnswers.Leaderboard,
            _ => SampleAnswers.Error,
        };
    }

    private static async ValueTask<Answer> Held(Task gate, Answer answer, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return answer;
    }
}
