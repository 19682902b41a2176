using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Settings;

namespace ModelBot.Discord.Registration;

/// <summary>Registers the catalog once when the host starts, if <c>Discord:RegisterOnStart</c> is true; failures are logged, not fatal.</summary>
public sealed class RegisterOnStartService : BackgroundService
{
    private readonly CommandRegistrar _registrar;
    private readonly DiscordOptions _options;

    /// <summary>Creates the service.</summary>
    public RegisterOnStartService(CommandRegistrar registrar, IOptions<DiscordOptions> options)
    {
        _registrar = registrar;
        _options = options.Value;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.RegisterOnStart)
        {
            await _registrar.RegisterAsync(stoppingToken);
        }
    }
}
