using ModelBot.GatewayProbe;

// modelbot gateway probe: reconnect time after a dropped socket and memory per shard, against the loopback fake.
//   dotnet run -c Release --project bench/ModelBot.GatewayProbe -- [drops=50] [shards=10]
//   ("fake" and "client" are the child-process modes of the memory measurement)
if (args is ["fake", ..])
{
    return await FakeGatewayProcess.ServeAsync();
}

if (args is ["client", var baseUrl, var count, var ids])
{
    return await MemoryProbe.MeasureHereAsync(baseUrl, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), ids);
}

var drops = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50;
var shards = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
var reconnect = await ReconnectProbe.RunAsync(drops);
Console.WriteLine(reconnect);
var memory = await MemoryProbe.RunAsync(shards);
Console.WriteLine(memory);
return 0;
