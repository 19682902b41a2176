using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Building;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Compare;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Help;
using ModelBot.Commands.Json;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.ModelLeads;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Profile;
using ModelBot.Commands.Questions;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Routing;
using ModelBot.Commands.TopicLeaders;

namespace ModelBot.Commands;

/// <summary>Registers ModelBot.Commands' services.</summary>
public static class Extensions
{
    /// <summary>
    /// Registers the command catalog, the parser (options from the <c>Commands</c> section), the question classifier,
    /// the answer builders, the <see cref="ReplyCache"/> (options from the <c>Answers</c> section), <see cref="AnswerJson"/> and the <see cref="CommandRouter"/> as the
    /// <see cref="IChatRequestHandler"/>. The query service comes from <c>AddModelBotCore</c>.
    /// </summary>
    public static IServiceCollection AddModelBotCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommandsOptions>().Bind(configuration.GetSection(CommandsOptions.SectionName));
        services.AddOptions<AnswersOptions>().Bind(configuration.GetSection(AnswersOptions.SectionName));
        services.TryAddSingleton<ReplyCache>();
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<RequestParser>();
        services.TryAddSingleton<QuestionClassifier>();
        services.TryAddSingleton<ComparisonAnswerBuilder>();
        services.TryAddSingleton<LeaderboardAnswerBuilder>();
        services.TryAddSingleton<ProfileAnswerBuilder>();
        services.TryAddSingleton<FactAnswerBuilder>();
        services.TryAddSingleton<FailureAnswerBuilder>();
        services.TryAddSingleton<HelpAnswerBuilder>();
        services.TryAddSingleton<TopicLeadersAnswerBuilder>();
        services.TryAddSingleton<ModelLeadsAnswerBuilder>();
        services.TryAddSingleton<Gap.GapAnswerBuilder>();
        services.TryAddSingleton<ModelLists.ModelListAnswerBuilder>();
        services.TryAddSingleton<Explain.ExplainModeAnswerBuilder>();
        services.TryAddSingleton<Lookup.LookupAnswerBuilder>();
        services.TryAddSingleton<AnswerBuilders>();
        services.TryAddSingleton<AnswerJson>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<IChatRequestHandler>(provider => provider.GetRequiredService<CommandRouter>());
        return services;
    }
}
