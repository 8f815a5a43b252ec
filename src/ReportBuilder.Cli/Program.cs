using ReportBuilder.Cli;

return await CliApp.RunAsync(args, TimeProvider.System, CancellationToken.None);
