using System.Globalization;
using System.Text;

namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>Formats one HTTP/1.1 POST as bytes, once, ahead of the run.</summary>
public static class RawRequest
{
    /// <summary>
    /// <c>POST</c> <paramref name="path"/> to <paramref name="baseAddress"/>'s authority with Host, Content-Type,
    /// Content-Length, <paramref name="headers"/> and <paramref name="body"/>; keep-alive is HTTP/1.1's default.
    /// </summary>
    public static byte[] Post(Uri baseAddress, string path, string contentType, ReadOnlySpan<(string Name, string Value)> headers, ReadOnlySpan<byte> body)
    {
        var head = new StringBuilder(256)
            .Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n");
        foreach (var (name, value) in headers)
        {
            if (name.AsSpan().ContainsAny("\r\n:") || value.AsSpan().ContainsAny("\r\n"))
            {
                throw new ArgumentException($"header {name} cannot go on one line", nameof(headers));
            }
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        head.Append("\r\n");
        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        return [.. headBytes, .. body];
    }
}
