using System.Text;
using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Caching;

public class ReplyCacheTests
{
    private static (ReplyCache Cache, SwitchableDatasetProvider Provider) Create(int entries, long maxBytes = AnswersOptions.DefaultCacheMaxBytes)
    {
        var provider = new SwitchableDatasetProvider(SmallDataset.Create());
        var cache = new ReplyCache(provider, Options.Create(new AnswersOptions { CacheEntries = entries, CacheMaxBytes = maxBytes }), NullLogger<ReplyCache>.Instance);
        return (cache, provider);
    }

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static void Put(ReplyCache cache, string key, string reply)
    {
        var lookup = cache.Find(key);
        lookup.IsHit.ShouldBeFalse();
        cache.Add(lookup, Bytes(reply));
    }

    [Fact]
    public void Find_AfterAdd_ReturnsTheSameBytes()
    {
        var (cache, _) = Create(16);
        Put(cache, "discord|compare|a|b", "{\"type\":4}");

        var lookup = cache.Find("discord|compare|a|b");

        lookup.IsHit.ShouldBeTrue();
        Encoding.UTF8.GetString(lookup.Reply.Span).ShouldBe("{\"type\":4}");
        cache.Find("discord|compare|a|c").IsHit.ShouldBeFalse();
    }

    [Fact]
    public void Find_CacheEntriesZero_NeverHits()
    {
        var (cache, _) = Create(0);
        cache.Add(cache.Find("k"), Bytes("reply"));

        cache.Find("k").IsHit.ShouldBeFalse();
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public void Find_AfterReload_MissesAndAnOlderRenderIsNotKept()
    {
        var (cache, provider) = Create(16);
        Put(cache, "k", "old figures");
        var renderedBeforeReload = cache.Find("other");

        provider.Reload();
        cache.Add(renderedBeforeReload, Bytes("rendered from the old dataset"));

        cache.Find("k").IsHit.ShouldBeFalse();
        cache.Find("other").IsHit.ShouldBeFalse();
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public void Add_Full_EvictsTheLeastRecentlyUsed()
    {
        var (cache, _) = Create(8);
        for (var i = 0; i < 8; i++)
        {
            Put(cache, $"k{i}", $"r{i}");
        }
        cache.Find("k0").IsHit.ShouldBeTrue();

        Put(cache, "k8", "r8");

        cache.Count.ShouldBeLessThanOrEqualTo(8);
        cache.Find("k0").IsHit.ShouldBeTrue();
        cache.Find("k8").IsHit.ShouldBeTrue();
        cache.Find("k1").IsHit.ShouldBeFalse();
    }

    [Fact]
    public void Add_AnySequenceOfRequests_NeverHoldsMoreThanItsBound()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 120].Array[1, 400]).Sample((capacity, keys) =>
        {
            var (cache, _) = Create(capacity);
            foreach (var key in keys)
            {
                var name = $"key{key}";
                var lookup = cache.Find(name);
                if (!lookup.IsHit)
                {
                    cache.Add(lookup, Bytes(name));
                }
                cache.Count.ShouldBeLessThanOrEqualTo(capacity);
                cache.Find(name).IsHit.ShouldBeTrue();
                Encoding.UTF8.GetString(cache.Find(name).Reply.Span).ShouldBe(name);
            }
        }, iter: 200);
    }

    [Fact]
    public void Add_RepliesOfAnySize_NeverHoldMoreBytesThanTheBound()
    {
        Gen.Select(Gen.Int[1, 30], Gen.Select(Gen.Int[0, 60], Gen.Int[1, 200]).Array[1, 300]).Sample((capacity, requests) =>
        {
            var (cache, _) = Create(capacity, maxBytes: 1600);
            foreach (var (key, size) in requests)
            {
                var lookup = cache.Find($"key{key}");
                if (!lookup.IsHit)
                {
                    cache.Add(lookup, new byte[size]);
                }
                cache.Count.ShouldBeLessThanOrEqualTo(capacity);
                cache.Bytes.ShouldBeLessThanOrEqualTo(1600);
                cache.Find($"key{key}").IsHit.ShouldBe(size <= 100 || lookup.IsHit);
            }
        }, iter: 200);
    }

    [Fact]
    public void Add_ConcurrentRequests_NeverHoldsMoreThanItsBound()
    {
        var (cache, _) = Create(32);
        Parallel.For(0, 4000, i =>
        {
            var key = $"key{i % 97}";
            var lookup = cache.Find(key);
            if (!lookup.IsHit)
            {
                cache.Add(lookup, Bytes(key));
            }
        });

        cache.Count.ShouldBeLessThanOrEqualTo(32);
    }

    [Theory]
    [InlineData("a b", null, "a", "b")]
    [InlineData("a|1:b", null, "a", "b")]
    [InlineData("", null, null, "")]
    [InlineData("x", "", "x", null)]
    public void Key_DifferentValues_DifferentKeys(string? first1, string? first2, string? second1, string? second2)
    {
        var one = new ReplyCacheKey("discord", "reply", "compare", 0).Add(first1).Add(first2).Build();
        var other = new ReplyCacheKey("discord", "reply", "compare", 0).Add(second1).Add(second2).Build();

        one.ShouldNotBe(other);
    }

    [Fact]
    public void Key_PlatformKindCommandOrPage_AllTellKeysApart()
    {
        string?[] keys =
        [
            new ReplyCacheKey("discord", "reply", "compare", 0).Add("a").Build(),
            new ReplyCacheKey("slack", "reply", "compare", 0).Add("a").Build(),
            new ReplyCacheKey("discord", "page", "compare", 0).Add("a").Build(),
            new ReplyCacheKey("discord", "reply", "model", 0).Add("a").Build(),
            new ReplyCacheKey("discord", "reply", "compare", 1).Add("a").Build(),
        ];

        keys.Distinct().Count().ShouldBe(keys.Length);
    }

    [Fact]
    public void Key_LongerThanTheLimit_IsNotCached()
    {
        var key = new ReplyCacheKey("slack", "reply", "ask", 0).Add(new string('x', ReplyCacheKey.MaxLength)).Build();

        key.ShouldBeNull();
    }

    [Fact]
    public void Find_AReplyKeptWithItsAnswer_GivesTheAnswerBackSoFollowOnsNeedNotAnswerAgain()
    {
        var (cache, _) = Create(16);
        var answer = Routers.For(SmallDataset.Create()).Ask("/compare alpha-1 beta-2");
        var lookup = cache.Find("compare");

        cache.Add(lookup, Bytes("reply"), answer);

        var hit = cache.Find("compare");
        hit.IsHit.ShouldBeTrue();
        hit.Answer.ShouldBeSameAs(answer);
        cache.Bytes.ShouldBe(2 * "reply".Length);
    }

    [Fact]
    public void Add_RepliesKeptWithTheirAnswers_NeverHoldMoreBytesThanTheBound()
    {
        var answer = Routers.For(SmallDataset.Create()).Ask("/compare alpha-1 beta-2");
        Gen.Select(Gen.Int[1, 30], Gen.Select(Gen.Int[0, 60], Gen.Int[1, 200], Gen.Bool).Array[1, 300]).Sample((capacity, requests) =>
        {
            var (cache, _) = Create(capacity, maxBytes: 1600);
            foreach (var (key, size, withAnswer) in requests)
            {
                var lookup = cache.Find($"key{key}");
                if (!lookup.IsHit)
                {
                    cache.Add(lookup, new byte[size], withAnswer ? answer : null);
                }

                cache.Bytes.ShouldBeLessThanOrEqualTo(1600);
                // A reply too large to keep with its answer is kept without it.
                var found = cache.Find($"key{key}");
                if (found.IsHit && !lookup.IsHit)
                {
                    found.Answer.ShouldBe(withAnswer && size <= 50 ? answer : null);
                }
            }
        }, iter: 200);
    }
}
