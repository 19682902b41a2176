namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Transport compression of what the gateway sends (events/gateway, "Transport Compression").</summary>
public enum GatewayCompression
{
    /// <summary>Plain JSON text frames.</summary>
    None,

    /// <summary>
    /// <c>compress=zlib-stream</c>: binary frames of one zlib stream per connection, each gateway message ending
    /// with the Z_SYNC_FLUSH suffix <c>00 00 FF FF</c>.
    /// </summary>
    ZlibStream,
}
