using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelBot.Rendering.Tests;

namespace ModelBot.Slack.Tests.Support;

/// <summary>Golden files under <c>tests/ModelBot.Slack.Tests/&lt;folder&gt;/Golden</c>, compared byte for byte (MODELBOT_UPDATE_GOLDEN=1 rewrites them).</summary>
internal static class Golden
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Path(string folder, string name) => System.IO.Path.Combine(GoldenFile.RepositoryRoot(), "tests", "ModelBot.Slack.Tests", folder, "Golden", name);

    public static void Verify(string folder, string name, string actual) => GoldenFile.VerifyAt(Path(folder, name), Utf8.GetBytes(actual));

    /// <summary>Wire JSON re-indented for review, with a trailing newline.</summary>
    public static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }
        return Utf8.GetString(stream.ToArray()) + "\n";
    }
}
