using System.Text.Json;

namespace ModelBot.Discord.Gateway.Interactions;

/// <summary>
/// Receives each INTERACTION_CREATE <c>d</c> object (an Interaction, as the HTTP endpoint would get it) and
/// answers it over HTTP. Called concurrently; must not throw for expected failures.
/// </summary>
public interface IGatewayInteractionHandler
{
    /// <summary>Processes and acknowledges one interaction.</summary>
    ValueTask HandleAsync(JsonElement interaction, CancellationToken cancellationToken);
}
