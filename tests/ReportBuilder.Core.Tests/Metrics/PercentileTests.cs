using ReportBuilder.Data;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Exact percentiles, interpolating between the two nearest ranks (PERCENTILE.INC).</summary>
public sealed class PercentileTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 10 }, 0.5, 2.5)]
    [InlineData(new[] { 10.0, 3, 1, 2 }, 0.5, 2.5)]    // order of arrival does not matter
    [InlineData(new[] { 1.0, 2, 3 }, 0.5, 2.0)]
    [InlineData(new[] { 7.0 }, 0.5, 7.0)]
    [InlineData(new[] { 1.0, 2, 3, 10 }, 0.0, 1.0)]
    [InlineData(new[] { 1.0, 2, 3, 10 }, 1.0, 10.0)]
    [InlineData(new[] { 1.0, 2, 3, 10 }, 0.9, 7.9)]    // rank 2.7: 3 + 0.7 × 7
    [InlineData(new[] { 15.0, 20, 35, 40, 50 }, 0.4, 29.0)]   // rank 1.6: 20 + 0.6 × 15
    public void Of_Values_InterpolatesLikePercentileInc(double[] values, double p, double expected)
    {
        ExactPercentile.Of([.. values], p)!.Value.ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void Of_NoValues_IsNull()
    {
        ExactPercentile.Of([], 0.5).ShouldBeNull();
    }
}
