using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ModelBot.Benchmarks;

/// <summary>
/// A UTF-8 buffer and JSON writer kept across benchmark iterations, so a "serialise to the wire" benchmark measures the
/// serialiser and not a new buffer per call. Writes with the relaxed escaping the platform payloads use.
/// </summary>
internal sealed class ReusedWireBuffer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;

    public ReusedWireBuffer() =>
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Serialises <paramref name="payload"/> over the previous content; returns the bytes written.</summary>
    public long Write<T>(T payload, JsonTypeInfo<T> typeInfo)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, payload, typeInfo);
        return _writer.BytesCommitted;
    }

    public void Dispose() => _writer.Dispose();
}
