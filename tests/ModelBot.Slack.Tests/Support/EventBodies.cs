namespace ModelBot.Slack.Tests.Support;

/// <summary>Events API bodies as Slack sends them.</summary>
internal static class EventBodies
{
    public static string AppMention(string eventId, string text, string user = "U061F7AUR", string? botId = null, string? threadTs = null, string ts = "1515449522.000016") =>
        $$"""
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"T123ABC456","api_app_id":"A123ABC456","event":{"type":"app_mention","user":"{{user}}",{{(botId is null ? "" : $"\"bot_id\":\"{botId}\",")}}"text":"{{text}}","ts":"{{ts}}",{{(threadTs is null ? "" : $"\"thread_ts\":\"{threadTs}\",")}}"channel":"C123ABC456","event_ts":"{{ts}}"},"type":"event_callback","event_id":"{{eventId}}","event_time":1515449522000016,"authorizations":[{"enterprise_id":null,"team_id":"T123ABC456","user_id":"UBOT","is_bot":true}],"is_ext_shared_channel":false,"event_context":"1-app_mention-T123ABC456-C123ABC456"}
        """;
}
