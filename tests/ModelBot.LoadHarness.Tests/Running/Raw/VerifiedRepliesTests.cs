using System.Net;
using System.Text;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

/// <summary>The raw client's remembered reply check: as strict as a full check, cheaper for repeated identical replies.</summary>
public sealed class VerifiedRepliesTests
{
    private static readonly ReadOnlyMemory<byte> First = "POST /a HTTP/1.1\r\n\r\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> Second = "POST /b HTTP/1.1\r\n\r\n"u8.ToArray();
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes("""{"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"x"}}]}""");

    [Fact]
    public void RepeatedIdenticalReply_AnsweredWithOneFullCheck()
    {
        var replies = new VerifiedReplies();

        for (var i = 0; i < 100; i++)
        {
            replies.IsAnswer(First, HttpStatusCode.OK, Answer).ShouldBeTrue();
        }

        replies.FullChecks.ShouldBe(1);
    }

    [Fact]
    public void ChangedReplyToTheSameRequest_CheckedInFull_AndMalformedFails()
    {
        var replies = new VerifiedReplies();
        replies.IsAnswer(First, HttpStatusCode.OK, Answer).ShouldBeTrue();

        var corrupted = (byte[])Answer.Clone();
        corrupted[^1] = (byte)' '; // same length, no closing brace

        replies.IsAnswer(First, HttpStatusCode.OK, corrupted).ShouldBeFalse();
        replies.IsAnswer(First, HttpStatusCode.OK, Answer.AsSpan(0, Answer.Length - 1)).ShouldBeFalse();
        replies.IsAnswer(First, HttpStatusCode.OK, """{"text":"other"}"""u8).ShouldBeTrue();
        replies.FullChecks.ShouldBe(4);
    }

    [Fact]
    public void IdenticalBodyWithAnotherStatus_IsNotAnswer()
    {
        var replies = new VerifiedReplies();
        replies.IsAnswer(First, HttpStatusCode.OK, Answer).ShouldBeTrue();

        replies.IsAnswer(First, HttpStatusCode.Unauthorized, Answer).ShouldBeFalse();
        replies.IsAnswer(First, HttpStatusCode.InternalServerError, Answer).ShouldBeFalse();
    }

    [Fact]
    public void ReplyVerifiedForOneRequest_DoesNotVouchForAnother()
    {
        var replies = new VerifiedReplies();
        replies.IsAnswer(First, HttpStatusCode.OK, Answer).ShouldBeTrue();

        replies.IsAnswer(Second, HttpStatusCode.OK, Answer).ShouldBeTrue();

        replies.FullChecks.ShouldBe(2);
        replies.IsAnswer(Second, HttpStatusCode.OK, "{}"u8).ShouldBeFalse();
    }

    [Fact]
    public void BeyondTheRequestLimit_EveryReplyIsStillCheckedInFull()
    {
        var replies = new VerifiedReplies();
        var requests = Enumerable.Range(0, VerifiedReplies.MaxRequests + 10).Select(i => (ReadOnlyMemory<byte>)Encoding.ASCII.GetBytes($"POST /{i}")).ToArray();
        foreach (var request in requests)
        {
            replies.IsAnswer(request, HttpStatusCode.OK, Answer).ShouldBeTrue();
        }

        replies.IsAnswer(requests[^1], HttpStatusCode.OK, Answer).ShouldBeTrue();
        replies.IsAnswer(requests[^1], HttpStatusCode.OK, "{"u8).ShouldBeFalse();
        replies.FullChecks.ShouldBe(requests.Length + 2);
    }
}
