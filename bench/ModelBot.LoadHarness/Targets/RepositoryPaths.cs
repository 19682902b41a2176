namespace ModelBot.LoadHarness.Targets;

/// <summary>Where the repository and its build outputs are, found from the harness's own location.</summary>
public static class RepositoryPaths
{
    /// <summary>The directory holding ModelBot.sln, walking up from the executable.</summary>
    public static string Root => ModelBot.Tests.Repository.RepositoryRoot.Path;

    /// <summary>The curated dataset.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>The Release build of the host.</summary>
    public static string DefaultHost => Path.Combine(Root, "src", "ModelBot.Host", "bin", "Release", "net10.0", "modelbot.dll");

    /// <summary>A Node peer's directory under bench/peers.</summary>
    public static string Peer(string name) => Path.Combine(Root, "bench", "peers", name);

    /// <summary>The <c>dotnet</c> executable running this process (or the one on PATH).</summary>
    public static string Dotnet
    {
        get
        {
            var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
            {
                return fromSdk;
            }
            var self = Environment.ProcessPath;
            return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }

}
