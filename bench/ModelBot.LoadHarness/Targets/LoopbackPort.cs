using System.Net;
using System.Net.Sockets;

namespace ModelBot.LoadHarness.Targets;

/// <summary>Free ports on 127.0.0.1 for targets that must be told their port before they start.</summary>
public static class LoopbackPort
{
    /// <summary>A port that was free a moment ago.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>http://127.0.0.1:<paramref name="port"/>/.</summary>
    public static Uri Address(int port) => new($"http://127.0.0.1:{port}/");
}
