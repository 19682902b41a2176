using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Registration;

/// <summary>
/// Registers the command catalog with Discord idempotently: validate locally, GET what is registered, compare, and
/// PUT the whole set only when it differs (Discord allows 200 command creates a day per guild). Guild commands when
/// <c>Discord:GuildId</c> is set (they apply at once), global otherwise.
/// </summary>
public sealed class CommandRegistrar
{
    private readonly DiscordRestClient _rest;
    private readonly CommandCatalog _catalog;
    private readonly DiscordOptions _options;
    private readonly ILogger<CommandRegistrar> _logger;

    /// <summary>Creates the registrar.</summary>
    public CommandRegistrar(DiscordRestClient rest, CommandCatalog catalog, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
    {
        _rest = rest;
        _catalog = catalog;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Registers the catalog; never throws for Discord's or the catalog's failures.</summary>
    public async Task<RegistrationResult> RegisterAsync(CancellationToken cancellationToken)
    {
        var desired = CatalogCommandMapper.Map(_catalog);
        var applicationId = _options.ApplicationId.Trim();
        var guild = _options.Guild;
        var scope = guild is null ? "global" : $"guild {guild}";

        var errors = ApplicationCommandValidator.Validate(desired);
        if (errors.Count > 0)
        {
            return Fail(RegistrationStatus.Invalid, scope, errors, desired.Count);
        }
        if (!Snowflake.IsValid(applicationId))
        {
            return Fail(RegistrationStatus.Failed, scope, ["Discord:ApplicationId must be set to the application's numeric id to register commands."], desired.Count);
        }
        if (string.IsNullOrWhiteSpace(_options.BotToken))
        {
            return Fail(RegistrationStatus.Failed, scope, ["Discord:BotToken must be set (Developer Portal, Bot page) to register commands."], desired.Count);
        }

        var path = guild is null
            ? $"/applications/{applicationId}/commands"
            : $"/applications/{applicationId}/guilds/{guild}/commands";
        var route = guild is null ? "/applications/{application_id}/commands" : "/applications/{application_id}/guilds/{guild_id}/commands";

        var current = await _rest.SendAsync(new DiscordRestRequest { Method = HttpMethod.Get, Path = path, Route = "GET " + route, MajorParameter = applicationId }, cancellationToken);
        if (!current.IsSuccess)
        {
            return Fail(RegistrationStatus.Failed, scope, [current.Error ?? $"GET {path} failed."], desired.Count);
        }
        IReadOnlyList<ApplicationCommand>? registered;
        try
        {
            registered = JsonSerializer.Deserialize(current.Body.Span, RegistrationJsonContext.Default.IReadOnlyListApplicationCommand);
        }
        catch (JsonException exception)
        {
            return Fail(RegistrationStatus.Failed, scope, [$"GET {path} returned unreadable JSON: {exception.Message}"], desired.Count);
        }
        if (registered is not null && ApplicationCommandComparer.AreEquivalent(registered, desired))
        {
            DiscordLog.CommandsUnchanged(_logger, scope);
            return new RegistrationResult(RegistrationStatus.Unchanged, scope, [], desired.Count);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(desired, RegistrationJsonContext.Default.IReadOnlyListApplicationCommand);
        var put = await _rest.SendAsync(new DiscordRestRequest { Method = HttpMethod.Put, Path = path, Route = "PUT " + route, MajorParameter = applicationId, JsonBody = body }, cancellationToken);
        if (!put.IsSuccess)
        {
            return Fail(RegistrationStatus.Failed, scope, [put.Error ?? $"PUT {path} failed."], desired.Count);
        }
        DiscordLog.CommandsRegistered(_logger, scope, desired.Count);
        return new RegistrationResult(RegistrationStatus.Updated, scope, [], desired.Count);
    }

    private RegistrationResult Fail(RegistrationStatus status, string scope, IReadOnlyList<string> messages, int count)
    {
        DiscordLog.RegistrationFailed(_logger, string.Join(" ", messages));
        return new RegistrationResult(status, scope, messages, count);
    }
}
