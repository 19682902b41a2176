using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelBot.Slack.Manifest;

/// <summary>Writes a manifest as indented JSON or as YAML (block style; every string double-quoted, which YAML reads as JSON does).</summary>
public static class SlackManifestWriter
{
    private static readonly ManifestJsonContext Readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The manifest text, ending with a newline.</summary>
    public static string Write(SlackAppManifest manifest, ManifestFormat format)
    {
        var json = JsonSerializer.SerializeToElement(manifest, Readable.SlackAppManifest);
        if (format == ManifestFormat.Json)
        {
            return JsonSerializer.Serialize(manifest, Readable.SlackAppManifest).ReplaceLineEndings("\n") + "\n";
        }
        var builder = new StringBuilder(2048);
        WriteMapping(builder, json, 0);
        return builder.ToString();
    }

    private static void WriteMapping(StringBuilder builder, JsonElement mapping, int indent)
    {
        foreach (var property in mapping.EnumerateObject())
        {
            builder.Append(' ', indent).Append(property.Name).Append(':');
            WriteValue(builder, property.Value, indent);
        }
    }

    private static void WriteValue(StringBuilder builder, JsonElement value, int indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when value.EnumerateObject().Any():
                builder.Append('\n');
                WriteMapping(builder, value, indent + 2);
                break;
            case JsonValueKind.Object:
                builder.Append(" {}\n");
                break;
            case JsonValueKind.Array when value.GetArrayLength() > 0:
                builder.Append('\n');
                foreach (var item in value.EnumerateArray())
                {
                    builder.Append(' ', indent + 2).Append('-');
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        var first = true;
                        foreach (var property in item.EnumerateObject())
                        {
                            builder.Append(' ', first ? 1 : indent + 4).Append(property.Name).Append(':');
                            WriteValue(builder, property.Value, indent + 4);
                            first = false;
                        }
                    }
                    else
                    {
                        WriteValue(builder, item, indent + 2);
                    }
                }
                break;
            case JsonValueKind.Array:
                builder.Append(" []\n");
                break;
            case JsonValueKind.String:
                builder.Append(" \"").Append(JsonEncodedText.Encode(value.GetString() ?? "", JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).Append("\"\n");
                break;
            default:
                builder.Append(' ').Append(value.GetRawText()).Append('\n');
                break;
        }
    }
}
