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

    public static void Verify(string folder, string name, string actual)
    {
        var path = Path(folder, name);
        if (GoldenFile.Updating)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Utf8.GetBytes(actual));
            return;
        }
        File.Exists(path).ShouldBeTrue($"missing golden file {path}; run with MODELBOT_UPDATE_GOLDEN=1 and review it");
        File.ReadAllText(path, Utf8).ShouldBe(actual, $"{name} differs from its golden file; rerun with MODELBOT_UPDATE_GOLDEN=1 if intended and review the diff");
    }

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
