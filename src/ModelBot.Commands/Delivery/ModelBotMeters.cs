namespace ModelBot.Commands.Delivery;

/// <summary>The names of ModelBot's meters: the host exports every meter whose name starts with <see cref="Prefix"/>.</summary>
public static class ModelBotMeters
{
    /// <summary>What every ModelBot meter's name starts with.</summary>
    public const string Prefix = "ModelBot";

    /// <summary>Requests, answers, the reply cache and deferrals, on every platform.</summary>
    public const string Delivery = "ModelBot.Delivery";
}
