using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Requests;

/// <summary>The one dispatch path every adapter and transport feeds: a request in, a neutral answer out.</summary>
public interface IChatRequestHandler
{
    ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken);
}
