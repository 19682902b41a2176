using System.Text.Json.Serialization;

namespace ModelBot.Slack.Manifest;

/// <summary>Source-generated JSON for the app manifest (snake_case, indented, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(SlackAppManifest))]
public sealed partial class ManifestJsonContext : JsonSerializerContext;
