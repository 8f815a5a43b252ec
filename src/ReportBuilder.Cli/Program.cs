using ReportBuilder.Cli;
using ReportBuilder.Cli.Hosting;

// The one place that reads the clock, the installation folder and the environment: everything below is given them.
return await CliApp.RunAsync(args, new ProcessInputs(TimeProvider.System, AppContext.BaseDirectory, Environment.GetEnvironmentVariable)
{
    Exit = Environment.Exit,
}, CancellationToken.None);
