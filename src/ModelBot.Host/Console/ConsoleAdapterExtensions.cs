using ModelBot.Commands.Requests;
using ModelBot.Discord.Settings;
using ModelBot.Slack.Options;

namespace ModelBot.Host.Console;

/// <summary>Registers the console adapter.</summary>
public static class ConsoleAdapterExtensions
{
    /// <summary>
    /// Binds and validates the <c>Console</c> options and, when <see cref="ConsoleAdapterOptions.Mode"/> says so
    /// (by default: when neither Discord nor Slack is configured), runs <see cref="ConsoleChatAdapter"/> as a hosted service.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleAdapter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleAdapterOptions>()
            .Bind(builder.Configuration.GetSection(ConsoleAdapterOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var mode = builder.Configuration.GetSection(ConsoleAdapterOptions.SectionName).GetValue(nameof(ConsoleAdapterOptions.Mode), ConsoleAdapterMode.Auto);
        // Each adapter decides alone whether its platform is configured; the console runs when neither is.
        var platformConfigured = DiscordSettings.IsConfigured(builder.Configuration) || SlackConfiguration.IsConfigured(builder.Configuration);
        if (mode == ConsoleAdapterMode.On || (mode == ConsoleAdapterMode.Auto && !platformConfigured))
        {
            builder.Services.AddSingleton<ConsoleChatAdapter>();
            builder.Services.AddSingleton<IChatAdapter>(services => services.GetRequiredService<ConsoleChatAdapter>());
            builder.Services.AddHostedService(services => services.GetRequiredService<ConsoleChatAdapter>());
        }

        return builder;
    }
}
