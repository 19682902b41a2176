using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;

namespace ModelBot.Core.Tests.Support;

/// <summary>The repository's data/ loaded once for all tests (immutable).</summary>
internal static class RepositoryDataset
{
    private static readonly Lazy<CuratedDataset> Loaded = new(() =>
    {
        var result = new DatasetLoader().Load(TestData.DataDirectory);
        return result.Dataset ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    private static readonly Lazy<NameResolver> Resolver = new(() => new NameResolver(Loaded.Value));

    public static CuratedDataset Dataset => Loaded.Value;

    public static NameResolver Names => Resolver.Value;
}
