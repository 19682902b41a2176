namespace ModelBot.Slack.Payloads;

/// <summary>Values of <see cref="SlackMessage.ResponseType"/>.</summary>
public static class ResponseTypes
{
    /// <summary>Only the user who ran the command sees the reply.</summary>
    public const string Ephemeral = "ephemeral";

    /// <summary>Everyone in the channel sees the reply.</summary>
    public const string InChannel = "in_channel";
}
