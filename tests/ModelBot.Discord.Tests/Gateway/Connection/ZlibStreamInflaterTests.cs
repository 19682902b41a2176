using System.Text;
using ModelBot.Discord.Gateway.Connection;
using ModelBot.Discord.Tests.Gateway.Fakes;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ZlibStreamInflaterTests
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public void InflateInto_MessagesOfOneSharedStream_EachComesOutWhole()
    {
        using var compressor = new FakeZlibStreamCompressor();
        using var inflater = new ZlibStreamInflater(Limit);
        var output = new BoundedMessageBuffer(Limit);
        string[] messages =
        [
            """{"op":10,"d":{"heartbeat_interval":41250}}""",
            """{"op":0,"s":1,"t":"READY","d":{"session_id":"abc","resume_gateway_url":"wss://x"}}""",
            """{"op":0,"s":2,"t":"READY","d":{"session_id":"abc","resume_gateway_url":"wss://x"}}""",
            """{"op":11}""",
        ];

        foreach (var message in messages)
        {
            var compressed = compressor.Compress(Encoding.UTF8.GetBytes(message));
            compressed.AsSpan()[^4..].ToArray().ShouldBe(new byte[] { 0x00, 0x00, 0xFF, 0xFF });
            Feed(inflater, compressed);
            inflater.HasCompleteMessage.ShouldBeTrue();

            inflater.InflateInto(output);

            Encoding.UTF8.GetString(output.Written.Span).ShouldBe(message);
        }
    }

    [Fact]
    public void HasCompleteMessage_MessageSplitAcrossFrames_OnlyOnceTheSuffixArrived()
    {
        using var compressor = new FakeZlibStreamCompressor();
        using var inflater = new ZlibStreamInflater(Limit);
        var output = new BoundedMessageBuffer(Limit);
        var message = """{"op":0,"s":1,"t":"INTERACTION_CREATE","d":{"id":"1"}}""";
        var compressed = compressor.Compress(Encoding.UTF8.GetBytes(message));

        Feed(inflater, compressed.AsSpan()[..^4]);
        inflater.HasCompleteMessage.ShouldBeFalse();
        Feed(inflater, compressed.AsSpan()[^4..]);
        inflater.HasCompleteMessage.ShouldBeTrue();
        inflater.InflateInto(output);

        Encoding.UTF8.GetString(output.Written.Span).ShouldBe(message);
    }

    [Fact]
    public void InflateInto_CorruptBytes_ThrowsInvalidData()
    {
        using var compressor = new FakeZlibStreamCompressor();
        using var inflater = new ZlibStreamInflater(Limit);
        var output = new BoundedMessageBuffer(Limit);
        Feed(inflater, compressor.Compress("""{"op":11}"""u8));
        inflater.InflateInto(output);

        Feed(inflater, [0xFF, 0xFF, 0xFF, 0xFF, 0x13, 0x37, 0x00, 0x00, 0xFF, 0xFF]);

        Should.Throw<InvalidDataException>(() => inflater.InflateInto(output));
    }

    [Fact]
    public void InflateInto_MessageThatInflatesPastTheLimit_StopsOneByteOverIt()
    {
        using var compressor = new FakeZlibStreamCompressor();
        using var inflater = new ZlibStreamInflater(Limit);
        var output = new BoundedMessageBuffer(Limit);
        var bomb = compressor.Compress(new byte[8 * Limit]);
        bomb.Length.ShouldBeLessThan(Limit / 8);

        Feed(inflater, bomb);
        inflater.InflateInto(output);

        output.IsOverLimit.ShouldBeTrue();
        output.Count.ShouldBe(Limit + 1);
    }

    [Fact]
    public void InflateInto_MidStreamMessageInAFreshContext_IsNotReadable()
    {
        // Why every connection needs its own context: a message only inflates after the ones before it.
        using var compressor = new FakeZlibStreamCompressor();
        compressor.Compress("""{"op":10,"d":{"heartbeat_interval":41250}}"""u8);
        var second = compressor.Compress("""{"op":11}"""u8);
        using var fresh = new ZlibStreamInflater(Limit);
        var output = new BoundedMessageBuffer(Limit);

        Feed(fresh, second);

        Should.Throw<InvalidDataException>(() => fresh.InflateInto(output));
    }

    private static void Feed(ZlibStreamInflater inflater, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var memory = inflater.Compressed.GetMemory();
            var count = Math.Min(memory.Length, bytes.Length);
            bytes[..count].CopyTo(memory.Span);
            inflater.Compressed.Advance(count);
            bytes = bytes[count..];
        }
    }
}
