using System.Collections.Concurrent;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Support;

/// <summary>
/// A fake request handler: answers each command with a sample answer, records every request, and when
/// <see cref="Gate"/> is set waits for it first (a slow answer that the test releases).
/// </summary>
internal sealed class ScriptedChatHandler : IChatRequestHandler
{
    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public TaskCompletionSource? Gate { get; set; }

    public Func<ChatRequest, Answer> Answer { get; set; } = request => request.Command switch
    {
        "compare" => SampleAnswers.Compare,
        "benchmark" => SampleAnswers.Huge,
        "model" => SampleAnswers.Profile,
        "help" => SampleAnswers.Help,
        _ => SampleAnswers.Error,
    };

    public ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Gate is { } gate ? WaitAsync(gate, request, cancellationToken) : ValueTask.FromResult(Answer(request));
    }

    private async ValueTask<Answer> WaitAsync(TaskCompletionSource gate, ChatRequest request, CancellationToken cancellationToken)
    {
        await gate.Task.WaitAsync(cancellationToken);
        return Answer(request);
    }
}
