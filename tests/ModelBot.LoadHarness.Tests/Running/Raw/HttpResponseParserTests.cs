using System.Net;
using System.Text;
using CsCheck;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

public sealed class HttpResponseParserTests
{
    private const string Answer = """{"type":4,"data":{"content":"ok"}}""";

    [Fact]
    public void ContentLength_WholeResponse_BodyAndKeepAlive()
    {
        var bytes = Response("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + Answer.Length + "\r\n\r\n" + Answer);

        var (frame, body) = ParseWhole(bytes);

        frame.Status.ShouldBe(200);
        frame.KeepAlive.ShouldBeTrue();
        frame.Length.ShouldBe(bytes.Length);
        body.ShouldBe(Answer);
    }

    [Fact]
    public void Chunked_WithExtensionsAndTrailers_DecodedToTheBody()
    {
        var bytes = Response("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n" +
            "5;name=value\r\n{\"typ\r\n" + "1D ; a=\"b\"\r\ne\":4,\"data\":{\"content\":\"ok\"}}\r\n" + "0\r\nExpires: never\r\n\r\n");

        var (frame, body) = ParseWhole(bytes);

        frame.Chunked.ShouldBeTrue();
        frame.KeepAlive.ShouldBeTrue();
        frame.Length.ShouldBe(bytes.Length);
        body.ShouldBe(Answer);
        ReplyCheck.IsAnswer(HttpStatusCode.OK, Encoding.UTF8.GetBytes(body)).ShouldBeTrue();
    }

    [Fact]
    public void Unauthorized_ParsedButNotAnAnswer()
    {
        var (frame, body) = ParseWhole(Response("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"));

        frame.Status.ShouldBe(401);
        body.ShouldBeEmpty();
        ReplyCheck.IsAnswer((HttpStatusCode)frame.Status, []).ShouldBeFalse();
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", false)]
    [InlineData("HTTP/1.1 200 OK\r\nConnection: Keep-Alive, Close\r\nContent-Length: 2\r\n\r\n{}", false)]
    [InlineData("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}", false)]
    [InlineData("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}", true)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", true)]
    public void Connection_CloseOrHttp10_NotKeptAlive(string response, bool keepAlive) =>
        ParseWhole(Response(response)).Frame.KeepAlive.ShouldBe(keepAlive);

    [Fact]
    public void NoLength_BodyLastsUntilTheServerCloses()
    {
        var bytes = Response("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + Answer);

        HttpResponseParser.TryParse(bytes, endOfStream: false, out _).ShouldBe(ResponseParse.Incomplete);
        HttpResponseParser.TryParse(bytes, endOfStream: true, out var frame).ShouldBe(ResponseParse.Complete);
        frame.KeepAlive.ShouldBeFalse();
        Encoding.UTF8.GetString(HttpResponseParser.Body(bytes, frame)).ShouldBe(Answer);
    }

    [Theory]
    [InlineData("<html>not http</html>")]
    [InlineData("HTTP/2 200\r\n\r\n")]
    [InlineData("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 200OK\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 100 Continue\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length 2\r\n\r\n{}")]
    [InlineData("HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\nContent-Length: 2\r\n\r\n{}")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n")]
    public void Garbage_Invalid(string response) =>
        HttpResponseParser.TryParse(Response(response), endOfStream: false, out _).ShouldBe(ResponseParse.Invalid);

    [Fact]
    public void EndlessHeaders_InvalidOnceOverTheLimit()
    {
        var bytes = Response("HTTP/1.1 200 OK\r\n" + string.Concat(Enumerable.Repeat("X-Padding: aaaaaaaaaaaaaaaaaaaaaaaa\r\n", 1000)));

        HttpResponseParser.TryParse(bytes, endOfStream: false, out _).ShouldBe(ResponseParse.Invalid);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Truncated_IncompleteWhileOpen_InvalidOnceClosed(bool chunked)
    {
        var bytes = chunked
            ? Response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n")
            : Response("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\":1}");

        for (var cut = 0; cut < bytes.Length; cut++)
        {
            HttpResponseParser.TryParse(bytes.AsSpan(0, cut), endOfStream: false, out _).ShouldBe(ResponseParse.Incomplete, $"cut at {cut}");
            HttpResponseParser.TryParse(bytes.AsSpan(0, cut), endOfStream: true, out _).ShouldBe(ResponseParse.Invalid, $"cut at {cut}");
        }
        HttpResponseParser.TryParse(bytes, endOfStream: false, out _).ShouldBe(ResponseParse.Complete);
    }

    [Fact]
    public void AnyEncodingSplitAnywhere_IncompleteUntilTheLastByteThenTheSameBody()
    {
        var gen = Gen.Select(
            Gen.String[Gen.Char['a', 'z'], 0, 200],
            Gen.Bool,
            Gen.Int[1, 64].Array[1, 8],
            Gen.Bool,
            Gen.Int[0, 1000].Array[0, 6]);
        gen.Sample((text, chunked, chunkSizes, extensions, splits) =>
        {
            var json = $$"""{"text":"{{text}}"}""";
            var bytes = chunked ? Chunked(json, chunkSizes, extensions) : Response($"HTTP/1.1 200 OK\r\nContent-Length: {json.Length}\r\n\r\n{json}");
            // The connection parses what it has after every read: each split point is the end of one read.
            foreach (var cut in splits.Select(s => s % bytes.Length).Order())
            {
                HttpResponseParser.TryParse(bytes.AsSpan(0, cut), endOfStream: false, out _).ShouldBe(ResponseParse.Incomplete);
            }
            var (frame, body) = ParseWhole(bytes);
            frame.Length.ShouldBe(bytes.Length);
            body.ShouldBe(json);
        });
    }

    [Fact]
    public void RandomBytes_NeverThrowAndNeverFrameBeyondTheData()
    {
        var prefixes = Gen.OneOf<string>("", "HTTP/1.1 ", "HTTP/1.1 200 OK\r\n", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
        Gen.Select(prefixes, Gen.Byte.Array[0, 300], Gen.Bool).Sample((prefix, tail, endOfStream) =>
        {
            var bytes = Response(prefix).Concat(tail).ToArray();
            if (HttpResponseParser.TryParse(bytes, endOfStream, out var frame) == ResponseParse.Complete)
            {
                frame.Length.ShouldBeLessThanOrEqualTo(bytes.Length);
                HttpResponseParser.Body(bytes, frame).Length.ShouldBeLessThanOrEqualTo(frame.Length);
            }
        });
    }

    private static byte[] Chunked(string json, int[] chunkSizes, bool extensions)
    {
        var text = new StringBuilder("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        var at = 0;
        for (var i = 0; at < json.Length; i++)
        {
            var size = Math.Min(chunkSizes[i % chunkSizes.Length], json.Length - at);
            text.Append(size.ToString("x")).Append(extensions ? ";ext=1" : "").Append("\r\n").Append(json, at, size).Append("\r\n");
            at += size;
        }
        return Response(text.Append("0\r\n\r\n").ToString());
    }

    private static (HttpResponseFrame Frame, string Body) ParseWhole(byte[] bytes)
    {
        HttpResponseParser.TryParse(bytes, endOfStream: false, out var frame).ShouldBe(ResponseParse.Complete);
        return (frame, Encoding.UTF8.GetString(HttpResponseParser.Body(bytes, frame)));
    }

    private static byte[] Response(string text) => Encoding.ASCII.GetBytes(text);
}
