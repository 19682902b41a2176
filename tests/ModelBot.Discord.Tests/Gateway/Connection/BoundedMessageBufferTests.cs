using ModelBot.Discord.Gateway.Connection;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class BoundedMessageBufferTests
{
    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(100_000, 4_096)]
    [InlineData(1_000_000, 65_536)]
    public void GetMemory_EndlessWrites_NeverHoldsMoreThanOneByteOverTheLimit(int limit, int chunk)
    {
        var buffer = new BoundedMessageBuffer(limit);

        while (!buffer.IsOverLimit)
        {
            var memory = buffer.GetMemory();
            buffer.Advance(Math.Min(chunk, memory.Length));
        }

        buffer.Count.ShouldBe(limit + 1);
        buffer.Capacity.ShouldBeLessThanOrEqualTo(Math.Max(limit + 1, BoundedMessageBuffer.InitialCapacity));
        buffer.GetMemory().IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void GetMemory_MessageExactlyAtTheLimit_IsAccepted()
    {
        var buffer = new BoundedMessageBuffer(50_000);

        while (buffer.Count < 50_000)
        {
            var memory = buffer.GetMemory();
            buffer.Advance(Math.Min(memory.Length, 50_000 - buffer.Count));
        }

        buffer.IsOverLimit.ShouldBeFalse();
        buffer.Written.Length.ShouldBe(50_000);
    }

    [Fact]
    public void Reset_AfterALargeMessage_ReleasesTheLargeArray()
    {
        var buffer = new BoundedMessageBuffer(8 * 1024 * 1024);
        while (buffer.Count < 3 * 1024 * 1024)
        {
            buffer.Advance(buffer.GetMemory().Length);
        }

        buffer.Capacity.ShouldBeGreaterThan(BoundedMessageBuffer.RetainedCapacity);
        buffer.Reset();

        buffer.Capacity.ShouldBe(BoundedMessageBuffer.InitialCapacity);
        buffer.Count.ShouldBe(0);
    }

    [Fact]
    public void Written_AfterChunks_HoldsTheBytesInOrder()
    {
        var buffer = new BoundedMessageBuffer(100_000);
        var expected = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray();
        var offset = 0;
        while (offset < expected.Length)
        {
            var memory = buffer.GetMemory();
            var count = Math.Min(Math.Min(memory.Length, 3_000), expected.Length - offset);
            expected.AsSpan(offset, count).CopyTo(memory.Span);
            buffer.Advance(count);
            offset += count;
        }

        buffer.Written.ToArray().ShouldBe(expected);
    }
}
