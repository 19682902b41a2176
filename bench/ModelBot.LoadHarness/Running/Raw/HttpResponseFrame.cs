namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>Where one complete response lies in the buffer it was parsed from.</summary>
/// <param name="Status">The status code.</param>
/// <param name="KeepAlive">False when the server will close the connection after it (Connection: close, HTTP/1.0, body to end of stream).</param>
/// <param name="Length">Bytes from the status line to the end of the body (and trailers).</param>
/// <param name="BodyStart">Offset of the body, or of the first chunk-size line when <paramref name="Chunked"/>.</param>
/// <param name="BodyLength">Body bytes as sent; for a chunked body the encoded length, decoded by <see cref="HttpResponseParser.Body"/>.</param>
/// <param name="Chunked">Transfer-Encoding: chunked.</param>
public readonly record struct HttpResponseFrame(int Status, bool KeepAlive, int Length, int BodyStart, int BodyLength, bool Chunked);
