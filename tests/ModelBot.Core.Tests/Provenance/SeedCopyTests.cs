using ModelBot.Core.Tests.Data;

namespace ModelBot.Core.Tests.Provenance;

/// <summary>
/// The provenance tests read the copy of the seed articles in tests/ModelBot.Core.Tests/Seeds, so that a clean clone
/// (CI) tests without ../shared/seeds; where the shared seeds exist beside the repository, the copy must match them.
/// </summary>
public sealed class SeedCopyTests
{
    [Fact]
    public void SeedCopy_MatchesTheSharedSeedArticles_WhenTheyArePresent()
    {
        var shared = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds"));
        if (!Directory.Exists(shared))
        {
            Assert.Skip($"no shared seed articles at {shared} (a clean clone); the copy in {RepoPaths.SeedsDirectory} is used");
        }

        var sharedFiles = Directory.GetFiles(shared, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var copies = Directory.GetFiles(RepoPaths.SeedsDirectory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        copies.ShouldBe(sharedFiles);
        sharedFiles.Where(name => !File.ReadAllBytes(Path.Combine(shared, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(RepoPaths.Seed(name!))))
            .ShouldBeEmpty();
    }
}
