using System.Globalization;
using System.Text;
using ModelBot.Core.Dataset;

namespace ModelBot.LoadHarness.Discord;

/// <summary>Signed APPLICATION_COMMAND /compare interactions over pairs of models from the dataset, as Discord sends them.</summary>
public static class CompareInteractions
{
    /// <summary>Up to <paramref name="count"/> signed bodies comparing consecutive models of <paramref name="dataset"/>.</summary>
    public static IReadOnlyList<SignedInteraction> Create(CuratedDataset dataset, HarnessSigner signer, string applicationId, int count = 16)
    {
        var timestamp = "1732400000";
        var models = dataset.Models.Select(m => m.Id).ToList();
        var bodies = new List<SignedInteraction>(count);
        for (var i = 0; i < count && models.Count > 1; i++)
        {
            var first = models[i % models.Count];
            var second = models[(i + 1) % models.Count];
            var id = (1180000000000001000L + i).ToString(CultureInfo.InvariantCulture);
            var json = $$$"""{"id":"{{{id}}}","application_id":"{{{applicationId}}}","type":2,"guild_id":"1180000000000000002","channel_id":"1180000000000000003","member":{"user":{"id":"1180000000000000004","username":"load"}},"token":"bG9hZC10b2tlbi17{{{i}}}","version":1,"data":{"id":"1180000000000000020","name":"compare","type":1,"options":[{"name":"model1","type":3,"value":"{{{first}}}"},{"name":"model2","type":3,"value":"{{{second}}}"}]}}""";
            var body = Encoding.UTF8.GetBytes(json);
            bodies.Add(new SignedInteraction(body, timestamp, signer.Sign(timestamp, body)));
        }
        return bodies;
    }
}
