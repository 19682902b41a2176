namespace ModelBot.Discord.Tests.Support;

/// <summary>Interaction bodies shaped as Discord sends them (developers/interactions/receiving-and-responding).</summary>
internal static class InteractionPayloads
{
    public const string ApplicationId = "1180000000000000001";

    private const string Common = $$$"""
        "application_id":"{{{ApplicationId}}}","guild_id":"1180000000000000002","channel_id":"1180000000000000003","member":{"user":{"id":"1180000000000000004","username":"ada"}},"token":"aW50ZXJhY3Rpb24tdG9rZW4","version":1
        """;

    public static string Ping => """{"id":"1180000000000000010","application_id":"1180000000000000001","type":1,"token":"dG9rZW4","version":1}""";

    public static string Command(string name, params (string Name, string Value)[] options) =>
        $$$"""{"id":"1180000000000000011","type":2,{{{Common}}},"data":{"id":"1180000000000000020","name":"{{{name}}}","type":1,"options":[{{{string.Join(",", options.Select(o => $$$"""{"name":"{{{o.Name}}}","type":3,"value":"{{{o.Value}}}"}"""))}}}]}}""";

    public static string Autocomplete(string command, string option, string typed) =>
        $$$"""{"id":"1180000000000000012","type":4,{{{Common}}},"data":{"id":"1180000000000000020","name":"{{{command}}}","type":1,"options":[{"name":"{{{option}}}","type":3,"value":"{{{typed}}}","focused":true}]}}""";

    public static string Component(string customId) =>
        $$$"""{"id":"1180000000000000013","type":3,{{{Common}}},"message":{"id":"1180000000000000030","flags":0},"data":{"custom_id":"{{{customId}}}","component_type":2}}""";

    public static string Modal => $$$"""{"id":"1180000000000000014","type":5,{{{Common}}},"data":{"custom_id":"form","components":[]}}""";
}
