using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModelBot.Tests.Network;

/// <summary>
/// The one way tests build a web host: Kestrel on 127.0.0.1 with a port the system picks, no log output unless a test
/// adds a provider, and the given settings. The adapters under test and the fake platforms all start here.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>A slim web application builder listening on loopback only.</summary>
    public static WebApplicationBuilder CreateBuilder(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> and returns the address it listens on (<c>http://127.0.0.1:port</c>, no trailing slash).</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
    }
}
