using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Delivery;

/// <summary>The answer a user sees when the handler failed unexpectedly, on every platform.</summary>
public static class DeliveryFailures
{
    /// <summary>A transient, ephemeral "something went wrong" for <paramref name="command"/> (never cached).</summary>
    public static Answer Unexpected(string command) => new()
    {
        Ok = false,
        Command = command,
        Title = "Something went wrong",
        Error = "ModelBot could not answer this request. Please try again in a moment.",
        Ephemeral = true,
        Transient = true,
    };
}
