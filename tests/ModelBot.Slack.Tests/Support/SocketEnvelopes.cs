namespace ModelBot.Slack.Tests.Support;

/// <summary>Socket Mode envelopes as Slack sends them.</summary>
internal static class SocketEnvelopes
{
    public static string EventsApi(string envelopeId, string eventBody, int retryAttempt = 0) =>
        $$"""{"envelope_id":"{{envelopeId}}","payload":{{eventBody.Trim()}},"type":"events_api","accepts_response_payload":false,"retry_attempt":{{retryAttempt}},"retry_reason":"{{(retryAttempt == 0 ? "" : "timeout")}}"}""";

    public static string SlashCommand(string envelopeId, string command, string text, string responseUrl) =>
        $$"""{"envelope_id":"{{envelopeId}}","payload":{"token":"x","team_id":"T0001","team_domain":"example","channel_id":"C2147483705","channel_name":"test","user_id":"U2147483697","user_name":"steve","command":"{{command}}","text":"{{text}}","api_app_id":"A1","is_enterprise_install":"false","response_url":"{{responseUrl}}","trigger_id":"1.2.3"},"type":"slash_commands","accepts_response_payload":true}""";

    public static string Interactive(string envelopeId, string payload) =>
        $$"""{"envelope_id":"{{envelopeId}}","payload":{{payload}},"type":"interactive","accepts_response_payload":false}""";
}
