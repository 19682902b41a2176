using System.Diagnostics.CodeAnalysis;

namespace ModelBot.Slack.WebApi;

/// <summary>The outcome of a Web API call: the response, or a <see cref="SlackApiError"/>. Expected failures are values, not exceptions.</summary>
/// <typeparam name="T">The response type.</typeparam>
public readonly record struct SlackApiResult<T>
    where T : class
{
    /// <summary>A success.</summary>
    public SlackApiResult(T value) => Value = value;

    /// <summary>A failure.</summary>
    public SlackApiResult(SlackApiError error) => Error = error;

    /// <summary>The response, when the call succeeded.</summary>
    public T? Value { get; }

    /// <summary>The failure, when it did not.</summary>
    public SlackApiError? Error { get; }

    /// <summary>Whether the call succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null;
}
