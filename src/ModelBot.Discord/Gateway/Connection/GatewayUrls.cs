using System.Globalization;
using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>Builds connect URLs: <c>{url}/?v=10&amp;encoding=json</c>.</summary>
public static class GatewayUrls
{
    /// <summary>Adds the version and encoding query to a gateway or resume URL.</summary>
    public static Uri ForConnect(string gatewayUrl)
    {
        var builder = new UriBuilder(gatewayUrl);
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        builder.Query = string.Create(CultureInfo.InvariantCulture, $"v={GatewayLimits.ApiVersion}&encoding=json");
        return builder.Uri;
    }
}
