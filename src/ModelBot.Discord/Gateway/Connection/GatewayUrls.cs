using System.Globalization;
using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>Builds connect URLs: <c>{url}/?v=10&amp;encoding=json</c>, plus <c>&amp;compress=zlib-stream</c> when asked.</summary>
public static class GatewayUrls
{
    /// <summary>Adds the version, encoding and compression query to a gateway or resume URL (resume needs the same query).</summary>
    public static Uri ForConnect(string gatewayUrl, GatewayCompression compression = GatewayCompression.None)
    {
        var builder = new UriBuilder(gatewayUrl);
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        var query = string.Create(CultureInfo.InvariantCulture, $"v={GatewayLimits.ApiVersion}&encoding=json");
        builder.Query = compression == GatewayCompression.ZlibStream ? query + "&compress=" + GatewayCompressionNames.ZlibStream : query;
        return builder.Uri;
    }
}
