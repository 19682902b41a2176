using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.WebApi;

/// <summary>Source-generated JSON for Web API requests and responses: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatPostMessageRequest))]
[JsonSerializable(typeof(ChatPostEphemeralRequest))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(ChatPostMessageResponse))]
[JsonSerializable(typeof(ChatPostEphemeralResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(FilesGetUploadUrlExternalResponse))]
[JsonSerializable(typeof(FilesCompleteUploadExternalResponse))]
[JsonSerializable(typeof(FileUploadItem[]))]
[JsonSerializable(typeof(SlackMessage))]
public sealed partial class SlackApiJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire: leaves non-ASCII text unescaped.</summary>
    public static SlackApiJsonContext Wire { get; } = CreateWire();

    private static SlackApiJsonContext CreateWire()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var context = new SlackApiJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
