using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ModelBot.LoadHarness.Running;

/// <summary>Kestrel on 127.0.0.1 with an ephemeral port and no logging, as every in-process target uses it.</summary>
public static class LoopbackWebApp
{
    /// <summary>A slim builder bound to 127.0.0.1:0 with logging off.</summary>
    public static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> and returns its base address.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    /// <summary>Finds <paramref name="relative"/> in the directory holding ModelBot.sln, walking up from the executable.</summary>
    public static string RepositoryPath(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelBot.sln")))
            {
                return Path.Combine(directory.FullName, relative);
            }
        }
        throw new InvalidOperationException("ModelBot.sln not found above " + AppContext.BaseDirectory);
    }
}
