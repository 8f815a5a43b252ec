using System.Diagnostics;

namespace ReportBuilder.Tests.Reliability;

/// <summary>A definition that names a device, a pipe or a folder where a file belongs is refused without reading it.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-special-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // model: and include: are confined to the report's folder (PathConfinementTests); /dev is allowed here so that the reader
    // itself is what refuses the device.
    private async Task<CliHarness.Outcome> ValidateAsync(string yaml)
    {
        var file = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(file, yaml);
        var clock = Stopwatch.StartNew();
        var outcome = await CliHarness.RunAsync("validate", file, "--allow-dir", "/dev");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "a device must not be read to its end");
        return outcome;
    }

    [Theory]
    [InlineData("extends: /dev/zero\n")]
    [InlineData("extends: /dev/urandom\n")]
    [InlineData("id: t\nmodel: /dev/zero\nmetrics: [ticket_volume]\n")]
    [InlineData("id: t\ninclude: [/dev/urandom]\nmetrics: [ticket_volume]\n")]
    public async Task Validate_ADeviceNamedAsADefinitionFile_IsRefusedAsNotARegularFile(string yaml)
    {
        var outcome = await ValidateAsync(yaml);

        outcome.ExitCode.ShouldBe(2, outcome.Errors);
        outcome.Errors.ShouldContain("error: this is not a regular file (a device, pipe or folder); name a text file");
    }

    [Fact]
    public async Task Validate_ANamedPipeAsBaseReport_IsRefusedWithoutWaitingForAWriter()
    {
        var fifo = Path.Combine(_directory, "base.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        var outcome = await ValidateAsync("extends: base.yaml\n");

        outcome.ExitCode.ShouldBe(2, outcome.Errors);
        outcome.Errors.ShouldContain($"{fifo}:1:1: error: this is not a regular file");
    }

    [Fact]
    public void Read_AFileThatGivesMoreThanTheLimit_StopsOneByteAfterIt()
    {
        var (bytes, refusal) = ReportBuilder.IO.BoundedFile.Read("/dev/zero", 1000);
        bytes.ShouldBeNull();
        refusal.ShouldBe(ReportBuilder.IO.BoundedFile.Refusal.NotRegular);

        var file = Path.Combine(_directory, "exact.txt");
        File.WriteAllText(file, new string('a', 1000));
        ReportBuilder.IO.BoundedFile.Read(file, 1000).Bytes!.Length.ShouldBe(1000);
        ReportBuilder.IO.BoundedFile.Read(file, 999).Refusal.ShouldBe(ReportBuilder.IO.BoundedFile.Refusal.TooLarge);
    }

    [Theory]
    [InlineData("/dev/zero", "this is not a regular file (a device, pipe or folder); name a text file")]
    [InlineData("a named pipe", "this is not a regular file (a device, pipe or folder); name a text file")]
    [InlineData("a 2 MB file", "the file is larger than 64 KB; is this the right file?")]
    public async Task ValidateAndRunDue_CredentialsFileThatIsADevicePipeOrHuge_IsRefusedAtItsLineWithoutReadingIt(string kind, string why)
    {
        // /dev/zero grew run-due to 8.4 GB before it failed with exit 1 after 51 s, and validate called the file fine.
        using var world = new DeliveryWorld();
        var file = kind switch
        {
            "/dev/zero" => "/dev/zero",
            "a named pipe" => Path.Combine(world.Folder, "smtp.fifo"),
            _ => Path.Combine(world.Folder, "smtp.credentials"),
        };
        if (kind == "a named pipe")
        {
            using var mkfifo = Process.Start("mkfifo", [file])!;
            await mkfifo.WaitForExitAsync();
        }
        else if (kind == "a 2 MB file")
        {
            await File.WriteAllTextAsync(file, "username=reports\npassword=secret\n" + new string('#', 2 << 20));
        }

        world.WriteDeliveries(1, DeliveryWorld.Monthly);   // port 1: nothing is sent, the file is refused first
        await File.WriteAllTextAsync(world.Deliveries, (await File.ReadAllTextAsync(world.Deliveries))
            .Replace("  timeout_seconds: 10", $"  timeout_seconds: 10\n  credentials_file: {file}", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();

        var validate = await CliHarness.RunAsync("validate", world.Deliveries);
        validate.ExitCode.ShouldBe(2, validate.Output + validate.Errors);
        var runDue = await world.RunDueAsync(DeliveryWorld.Instant(2026, 11, 1, 7, 5));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "nothing is read to its end, nothing waits for a writer");
        validate.Errors.ShouldContain($"{world.Deliveries}:8:21: error: smtp.credentials_file {file}: {why}");
        runDue.ExitCode.ShouldBe(2, runDue.Errors);
        runDue.Errors.ShouldContain($"{world.Deliveries}:8:21: error: smtp.credentials_file {file}: {why}");
    }
}
