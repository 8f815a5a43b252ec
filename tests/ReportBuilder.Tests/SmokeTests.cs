namespace ReportBuilder.Tests; public class SmokeTests { [Fact] public void Builds() => true.ShouldBeTrue(); }
