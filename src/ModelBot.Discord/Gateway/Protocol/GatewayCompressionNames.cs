namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>The names of <see cref="GatewayCompression"/> in settings and in the connect URL's <c>compress</c> query.</summary>
public static class GatewayCompressionNames
{
    /// <summary>No transport compression (the default).</summary>
    public const string None = "none";

    /// <summary>zlib-stream transport compression; also the <c>compress</c> query value.</summary>
    public const string ZlibStream = "zlib-stream";

    /// <summary>Reads a setting value (case-insensitive; empty means <see cref="None"/>).</summary>
    public static bool TryParse(string? value, out GatewayCompression compression)
    {
        compression = GatewayCompression.None;
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), None, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value.Trim(), ZlibStream, StringComparison.OrdinalIgnoreCase))
        {
            compression = GatewayCompression.ZlibStream;
            return true;
        }

        return false;
    }
}
