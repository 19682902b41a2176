using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;

namespace ModelBot.Commands.Tests.Delivery;

/// <summary>A request handler whose answer the test releases (or fails), counting the calls.</summary>
internal sealed class ScriptedHandler : IChatRequestHandler
{
    private TaskCompletionSource<Answer>? _pending;

    public int Calls { get; private set; }

    /// <summary>Answers at once with this, unless <see cref="Hold"/> was called.</summary>
    public Answer Ready { get; set; } = Answer("ready");

    public Exception? Throw { get; set; }

    public static Answer Answer(string title) => new() { Ok = true, Command = "benchmark", Title = title };

    /// <summary>The next call waits until the returned source is completed.</summary>
    public TaskCompletionSource<Answer> Hold() => _pending = new TaskCompletionSource<Answer>(TaskCreationOptions.RunContinuationsAsynchronously);

    public ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Calls++;
        if (Throw is { } exception)
        {
            throw exception;
        }
        if (_pending is { } pending)
        {
            _pending = null;
            return new ValueTask<Answer>(pending.Task);
        }
        return ValueTask.FromResult(Ready);
    }
}
