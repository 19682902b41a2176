using System.Text;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

/// <summary>A prebuilt request read back: request line, headers by name, body (Content-Length checked).</summary>
public sealed record ParsedRequest(string RequestLine, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>Parses <paramref name="bytes"/>; fails the test when the framing is off.</summary>
    public static ParsedRequest Of(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        var headEnd = span.IndexOf("\r\n\r\n"u8);
        headEnd.ShouldBeGreaterThan(0);
        var lines = Encoding.ASCII.GetString(span[..headEnd]).Split("\r\n");
        var headers = lines.Skip(1).Select(line => line.Split(": ", 2)).ToDictionary(parts => parts[0], parts => parts[1], StringComparer.OrdinalIgnoreCase);
        var body = span[(headEnd + 4)..].ToArray();
        int.Parse(headers["Content-Length"]).ShouldBe(body.Length);
        return new ParsedRequest(lines[0], headers, body);
    }
}
