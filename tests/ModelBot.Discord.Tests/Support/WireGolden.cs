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

    public static void Verify(string name, byte[] actual) => GoldenFile.VerifyAt(Path.Combine(Directory, name), actual);
}
