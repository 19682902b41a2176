using System.Text.Json;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Registration;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Registration;

public sealed class CommandRegistrarTests
{
    private static string RegisteredAsDiscordReturnsThem(CommandCatalog catalog)
    {
        // Discord echoes the commands with ids, versions and defaults added, in its own order.
        var commands = CatalogCommandMapper.Map(catalog).Reverse().Select((c, i) => new ApplicationCommand
        {
            Id = (1190000000000000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = c.Name,
            Description = c.Description,
            Options = c.Options?.Select(o => o with { Required = o.Required ?? false }).ToList(),
        }).ToList();
        var json = JsonSerializer.Serialize(commands, RegistrationJsonContext.Default.ListApplicationCommand);
        return json.Replace("\"type\":1,", "\"type\":1,\"application_id\":\"1180000000000000001\",\"version\":\"1190000000000000099\",\"default_member_permissions\":null,\"nsfw\":false,\"contexts\":null,", StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_NothingChanged_SendsOnlyTheGet()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Api.Respond = _ => FakeResponse.Json(RegisteredAsDiscordReturnsThem(new CommandCatalog()));

        var result = await rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RegistrationStatus.Unchanged);
        var get = rest.Api.Requests.ShouldHaveSingleItem();
        get.Method.ShouldBe("GET");
        get.Path.ShouldBe($"/applications/{InteractionPayloads.ApplicationId}/commands");
    }

    [Fact]
    public async Task RegisterAsync_DescriptionChanged_PutsTheWholeCatalogOnce()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Api.Enqueue(FakeResponse.Json(RegisteredAsDiscordReturnsThem(new CommandCatalog()).Replace("Compare two", "Compare 2", StringComparison.Ordinal)));

        var result = await rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RegistrationStatus.Updated);
        rest.Api.Requests.Select(r => r.Method).ShouldBe(["GET", "PUT"]);
        var put = rest.Api.Requests[1];
        put.Headers["Content-Type"].ShouldStartWith("application/json");
        var sent = JsonSerializer.Deserialize(put.Body, RegistrationJsonContext.Default.ListApplicationCommand)!;
        ApplicationCommandComparer.AreEquivalent(sent, CatalogCommandMapper.Map(new CommandCatalog())).ShouldBeTrue();
        WireGolden.Verify("register-commands.json", System.Text.Encoding.UTF8.GetBytes(put.Body));
    }

    [Fact]
    public async Task RegisterAsync_NothingRegistered_Puts()
    {
        await using var rest = await RestHarness.StartAsync();

        var result = await rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RegistrationStatus.Updated);
        rest.Api.Requests.Count(r => r.Method == "PUT").ShouldBe(1);
    }

    [Fact]
    public async Task RegisterAsync_GuildIdSet_UsesGuildRoutes()
    {
        await using var rest = await RestHarness.StartAsync(guildId: "1180000000000000002");

        await rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken);

        rest.Api.Requests.ShouldAllBe(r => r.Path == $"/applications/{InteractionPayloads.ApplicationId}/guilds/1180000000000000002/commands");
    }

    [Fact]
    public async Task RegisterAsync_CatalogBreaksALimit_SendsNothing()
    {
        var bad = new CommandCatalog([BuiltInCommands.Compare with { Name = "Compare Models" }]);
        await using var rest = await RestHarness.StartAsync(catalog: bad);

        var result = await rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RegistrationStatus.Invalid);
        result.Messages.ShouldHaveSingleItem().ShouldContain("/Compare Models");
        rest.Api.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_DiscordRefuses_FailsWithItsMessage()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Api.Enqueue(FakeResponse.Json("""{"message":"401: Unauthorized","code":0}""", 401));

        var result = await rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RegistrationStatus.Failed);
        result.Messages.ShouldHaveSingleItem().ShouldContain("401: Unauthorized");
        rest.Api.Requests.Count.ShouldBe(1);
    }
}
