using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;

namespace ModelBot.Discord.Registration;

/// <summary>Registers the catalog once when the host starts, if <c>Discord:RegisterOnStart</c> is true; failures are logged, not fatal.</summary>
public sealed class RegisterOnStartService : BackgroundService
{
    private readonly CommandRegistrar _registrar;
    private readonly DiscordOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    public RegisterOnStartService(CommandRegistrar registrar, IOptions<DiscordOptions> options, ILogger<RegisterOnStartService>? logger = null)
    {
        _registrar = registrar;
        _options = options.Value;
        _logger = logger ?? NullLogger<RegisterOnStartService>.Instance;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RegisterOnStart)
        {
            return;
        }
        try
        {
            await _registrar.RegisterAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A BackgroundService that throws stops the host: registration is not worth the bot.
            DiscordLog.RegistrationCrashed(_logger, exception);
        }
    }
}
