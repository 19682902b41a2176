using ModelBot.Host.Cli;

// `modelbot` is a command line: `serve` (the default) runs the bot, `ask` answers one request,
// `data validate` checks the dataset. Every command lives in Cli/, one file each.
return await ModelBotCli.RunAsync(args, CliContext.FromSystemConsole());
