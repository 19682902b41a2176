using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Support;

/// <summary>
/// Golden wire payloads under <c>tests/ModelBot.Discord.Tests/Interactions/Golden</c>: the exact bytes sent to Discord,
/// compared byte for byte; <c>MODELBOT_UPDATE_GOLDEN=1</c> rewrites them (review the diff). The TypeScript
/// conformance check under tests/conformance/discord type-checks the same files against discord-api-types.
/// </summary>
internal static class WireGolden
{
    public static string Directory => Path.Combine(GoldenFile.RepositoryRoot(), "tests", "ModelBot.Discord.Tests", "Interactions", "Golden");

    public static void Verify(string name, byte[] actual)
    {
        var path = Path.Combine(Directory, name);
        if (GoldenFile.Updating)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(path, actual);
            return;
        }
        File.Exists(path).ShouldBeTrue($"missing golden file {path}; run with MODELBOT_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            System.Text.Encoding.UTF8.GetString(actual).ShouldBe(System.Text.Encoding.UTF8.GetString(expected), $"{name} differs from its golden file");
        }
    }
}
