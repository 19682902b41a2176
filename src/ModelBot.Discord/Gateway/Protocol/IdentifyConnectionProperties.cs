namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>The <c>properties</c> object of IDENTIFY.</summary>
/// <param name="Os">Operating system.</param>
/// <param name="Browser">Library name.</param>
/// <param name="Device">Library name.</param>
public sealed record IdentifyConnectionProperties(string Os, string Browser, string Device)
{
    /// <summary>The properties ModelBot sends: the running OS and "modelbot" as library.</summary>
    public static IdentifyConnectionProperties ForCurrentProcess() =>
        new(OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", "modelbot", "modelbot");
}
