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

    public static void Verify(string testProject, string name, string actual)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", testProject, "Rendering", "Golden", name);
        var bytes = Utf8.GetBytes(actual);
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
            Utf8.GetString(expected).ShouldBe(actual, $"{name} differs from its golden file; if the change is intended, rerun with MODELBOT_UPDATE_GOLDEN=1 and review the diff");
            expected.ShouldBe(bytes);
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelBot.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("ModelBot.sln not found above " + AppContext.BaseDirectory);
    }
}
