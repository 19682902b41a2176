namespace ModelBot.Discord.Gateway.Connection;

/// <summary>Why a receive gave up on the socket although the server did not close it.</summary>
public enum ReceiveFailure
{
    /// <summary>No failure.</summary>
    None,

    /// <summary>A message exceeded <see cref="Protocol.GatewayLimits.MaxReceiveMessageBytes"/>; the rest was not read.</summary>
    TooLarge,

    /// <summary>Transport-compressed data could not be inflated; the connection's zlib context is unusable.</summary>
    CorruptCompression,
}
