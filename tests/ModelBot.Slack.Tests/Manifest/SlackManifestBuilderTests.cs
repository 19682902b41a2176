using System.Text.Json;
using ModelBot.Commands.Catalog;
using ModelBot.Slack.Manifest;
using ModelBot.Slack.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ModelBot.Slack.Tests.Manifest;

public class SlackManifestBuilderTests
{
    private static readonly CommandCatalog Catalog = new();

    private static SlackAppManifest Build(ManifestRequest request)
    {
        var result = SlackManifestBuilder.Build(Catalog, request);
        result.Error.ShouldBeNull();
        return result.Manifest!;
    }

    [Fact]
    public void Write_HttpWithPrefix_MatchesGoldenJson() =>
        Golden.Verify("Manifest", "http-prefixed.manifest.json", SlackManifestWriter.Write(Build(new ManifestRequest(new Uri("https://bot.example.com/"), "mb-", SocketMode: false)), ManifestFormat.Json));

    [Fact]
    public void Write_SocketMode_MatchesGoldenYaml() =>
        Golden.Verify("Manifest", "socket-mode.manifest.yaml", SlackManifestWriter.Write(Build(new ManifestRequest(null, "", SocketMode: true)), ManifestFormat.Yaml));

    [Fact]
    public void Build_EveryCatalogCommand_IsASlashCommandWithThePrefix()
    {
        var manifest = Build(new ManifestRequest(new Uri("https://bot.example.com"), "mb-", SocketMode: false));
        manifest.Features.SlashCommands.Select(c => c.Command).ShouldBe(Catalog.Commands.Select(c => "/mb-" + c.Name));
        manifest.Features.SlashCommands.ShouldAllBe(c => c.Url == "https://bot.example.com/slack/commands");
        manifest.Settings.EventSubscriptions.RequestUrl.ShouldBe("https://bot.example.com/slack/events");
        manifest.Settings.Interactivity.RequestUrl.ShouldBe("https://bot.example.com/slack/interactivity");
        manifest.OauthConfig.Scopes.Bot.ShouldBe(["commands", "chat:write", "app_mentions:read", "files:write"]);
        manifest.Settings.EventSubscriptions.BotEvents.ShouldBe(["app_mention"]);
    }

    [Fact]
    public void Build_SocketMode_HasNoRequestUrls()
    {
        var manifest = Build(new ManifestRequest(new Uri("https://ignored.example.com"), "", SocketMode: true));
        manifest.Settings.SocketModeEnabled.ShouldBeTrue();
        manifest.Features.SlashCommands.ShouldAllBe(c => c.Url == null);
        manifest.Settings.EventSubscriptions.RequestUrl.ShouldBeNull();
        manifest.Settings.Interactivity.RequestUrl.ShouldBeNull();
    }

    public static TheoryData<string?, string, string> Invalid => new()
    {
        { null, "", "base URL" },
        { "http://bot.example.com", "", "https" },
        { "https://bot.example.com", "a-very-long-workspace-prefix-", "32" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Build_InvalidRequest_ExplainsWhy(string? baseUrl, string prefix, string expected)
    {
        var result = SlackManifestBuilder.Build(Catalog, new ManifestRequest(baseUrl is null ? null : new Uri(baseUrl), prefix, SocketMode: false));
        result.Manifest.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void Write_Yaml_ReadsBackAsTheJson()
    {
        var manifest = Build(new ManifestRequest(new Uri("https://bot.example.com"), "mb-", SocketMode: false));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(SlackManifestWriter.Write(manifest, ManifestFormat.Yaml)));
        using var json = JsonDocument.Parse(SlackManifestWriter.Write(manifest, ManifestFormat.Json));
        AssertSame(yaml.Documents[0].RootNode, json.RootElement, "$");
    }

    private static void AssertSame(YamlNode yaml, JsonElement json, string path)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                var mapping = yaml.ShouldBeOfType<YamlMappingNode>(path);
                mapping.Children.Count.ShouldBe(json.EnumerateObject().Count(), path);
                foreach (var property in json.EnumerateObject())
                {
                    AssertSame(mapping.Children[new YamlScalarNode(property.Name)], property.Value, path + "." + property.Name);
                }
                break;
            case JsonValueKind.Array:
                var sequence = yaml.ShouldBeOfType<YamlSequenceNode>(path);
                sequence.Children.Count.ShouldBe(json.GetArrayLength(), path);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    AssertSame(sequence.Children[i], json[i], $"{path}[{i}]");
                }
                break;
            case JsonValueKind.String:
                yaml.ShouldBeOfType<YamlScalarNode>(path).Value.ShouldBe(json.GetString(), path);
                break;
            default:
                yaml.ShouldBeOfType<YamlScalarNode>(path).Value.ShouldBe(json.GetRawText(), path);
                break;
        }
    }
}
