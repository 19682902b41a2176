using System.Net;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

/// <summary>The raw client's connection against a scripted server: what counts as answered, and when it reconnects.</summary>
public sealed class RawConnectionTests
{
    private const string Json = """{"response_type":"in_channel","text":"ok"}""";
    private static readonly byte[] Request = "POST /slack/commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\na=b"u8.ToArray();

    private static string Ok(string extraHeaders = "") => $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{extraHeaders}Content-Length: {Json.Length}\r\n\r\n{Json}";

    [Fact]
    public async Task KeepAlive_ManyRequests_OneConnection()
    {
        await using var server = new ScriptedServer(_ => ([.. ScriptedServer.Split(Ok())], false));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        for (var i = 0; i < 20; i++)
        {
            connection.Exchange(Request).ShouldBeTrue();
        }

        server.Requests.ShouldBe(20);
        connection.Connects.ShouldBe(1);
    }

    [Fact]
    public async Task ChunkedSplitAcrossWrites_Answered()
    {
        var chunked = $"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10;x=y\r\n{Json[..16]}\r\n{Json.Length - 16:x}\r\n{Json[16..]}\r\n0\r\n\r\n";
        await using var server = new ScriptedServer(_ => (ScriptedServer.Split(chunked, 5, 40, 52, 60, chunked.Length - 3), false));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        for (var i = 0; i < 5; i++)
        {
            connection.Exchange(Request).ShouldBeTrue();
        }
        connection.Connects.ShouldBe(1);
    }

    [Fact]
    public async Task ConnectionClose_AnsweredThenReconnects()
    {
        await using var server = new ScriptedServer(_ => ([.. ScriptedServer.Split(Ok("Connection: close\r\n"))], true));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        for (var i = 0; i < 3; i++)
        {
            connection.Exchange(Request).ShouldBeTrue();
        }

        server.Requests.ShouldBe(3);
        connection.Connects.ShouldBe(3);
    }

    [Fact]
    public async Task RepeatedRequest_ReplyThatChangesToMalformed_Fails()
    {
        // The same request each time: answers, then a same-length body that is not JSON, then the answer again.
        var malformed = new string('x', Json.Length);
        await using var server = new ScriptedServer(n => ([.. ScriptedServer.Split(n == 1
            ? $"HTTP/1.1 200 OK\r\nContent-Length: {malformed.Length}\r\n\r\n{malformed}"
            : Ok())], false));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        connection.Exchange(Request).ShouldBeTrue();
        connection.Exchange(Request).ShouldBeFalse();
        connection.Exchange(Request).ShouldBeTrue();
        connection.Exchange(Request).ShouldBeTrue();
    }

    [Fact]
    public async Task Unauthorized_FailsButKeepsTheConnection()
    {
        await using var server = new ScriptedServer(_ => ([.. ScriptedServer.Split("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")], false));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        connection.Exchange(Request).ShouldBeFalse();
        connection.Exchange(Request).ShouldBeFalse();

        connection.Connects.ShouldBe(1);
    }

    [Theory]
    [InlineData("garbage that is not http\r\n\r\n", false)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"a\":1}", true)] // truncated by the close
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n{\"a\":1}\r\n", true)] // no last chunk
    public async Task GarbageOrTruncated_FailsAndTheNextRequestReconnects(string bad, bool close)
    {
        // Request 0 gets the bad response; every later one a good answer.
        await using var server = new ScriptedServer(n => n == 0 ? ([.. ScriptedServer.Split(bad)], close) : ([.. ScriptedServer.Split(Ok())], false));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        connection.Exchange(Request).ShouldBeFalse();
        connection.Exchange(Request).ShouldBeTrue();

        server.Requests.ShouldBe(2);
        connection.Connects.ShouldBe(2);
    }

    [Fact]
    public async Task ServerClosesAnIdleConnection_RequestSentAgainOnANewOne()
    {
        // The server closes after answering without saying so (as Node does after its keep-alive timeout).
        await using var server = new ScriptedServer(_ => ([.. ScriptedServer.Split(Ok())], true));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address));

        connection.Exchange(Request).ShouldBeTrue();
        connection.Exchange(Request).ShouldBeTrue();

        server.Requests.ShouldBe(2);
        connection.Connects.ShouldBe(2);
    }

    [Fact]
    public async Task NoAnswer_FailsAtTheTimeoutAndTheNextRequestReconnects()
    {
        // Request 0 is never answered (the server waits, then closes); every later one is.
        await using var server = new ScriptedServer(n => n == 0 ? ([], false) : ([.. ScriptedServer.Split(Ok())], false));
        using var connection = new RawConnection(RawConnection.EndPointOf(server.Address), TimeSpan.FromMilliseconds(200));

        connection.Exchange(Request).ShouldBeFalse();
        connection.Exchange(Request).ShouldBeTrue();

        server.Requests.ShouldBe(2);
        connection.Connects.ShouldBe(2);
    }

    [Fact]
    public void NothingListening_FailsWithoutThrowing()
    {
        var port = ModelBot.LoadHarness.Targets.LoopbackPort.Next();
        using var connection = new RawConnection(new IPEndPoint(IPAddress.Loopback, port));

        connection.Exchange(Request).ShouldBeFalse();
    }

    [Fact]
    public void NonLoopbackTarget_Refused()
    {
        Should.Throw<ArgumentException>(() => new RawConnection(new IPEndPoint(IPAddress.Parse("192.0.2.1"), 80)));
        Should.Throw<ArgumentException>(() => RawConnection.EndPointOf(new Uri("https://127.0.0.1:443/")));
    }
}
