using System.Text;

namespace ModelBot.Rendering.Tests;

/// <summary>
/// Golden files under <c>tests/&lt;project&gt;/Rendering/Golden</c>, found by walking up to ModelBot.sln and compared
/// byte for byte. With <c>MODELBOT_UPDATE_GOLDEN=1</c> the files are rewritten instead; review the diff like code.
/// </summary>
internal static class GoldenFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Updating => Environment.GetEnvironmentVariable("MODELBOT_UPDATE_GOLDEN") == "1";

    public static void Verify(string testProject, string name, string actual) =>
        VerifyAt(Path.Combine(RepositoryRoot(), "tests", testProject, "Rendering", "Golden", name), Utf8.GetBytes(actual));

    /// <summary>
    /// Compares <paramref name="bytes"/> with the golden file at <paramref name="path"/> byte for byte (or rewrites it
    /// with <c>MODELBOT_UPDATE_GOLDEN=1</c>): the one golden comparison every test project uses.
    /// </summary>
    public static void VerifyAt(string path, byte[] bytes)
    {
        var name = Path.GetFileName(path);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return;
        }
        File.Exists(path).ShouldBeTrue($"missing golden file {path}; run the tests with MODELBOT_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(bytes))
        {
            Utf8.GetString(bytes).ShouldBe(Utf8.GetString(expected), $"{name} differs from its golden file; if the change is intended, rerun with MODELBOT_UPDATE_GOLDEN=1 and review the diff");
            expected.ShouldBe(bytes);
        }
    }

    /// <summary>The repository root (one finder for every test project).</summary>
    public static string RepositoryRoot() => ModelBot.Tests.Repository.RepositoryRoot.Path;
}
