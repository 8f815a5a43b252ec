namespace ReportBuilder.DemoData;

/// <summary>The few distributions the generator draws from, all on one seeded <see cref="Random"/>.</summary>
internal static class DemoRandom
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Between(this Random random, double low, double high) => low + random.NextDouble() * (high - low);

    public static long Between(this Random random, long low, long high) => high <= low ? low : random.NextInt64(low, high);

    /// <summary>A standard normal draw (Box–Muller; consumes two uniforms).</summary>
    public static double Normal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal draw with the given median; sigma is the spread of the log.</summary>
    public static double LogNormal(this Random random, double median, double sigma) =>
        median * Math.Exp(sigma * random.Normal());

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    public static int Pick(this Random random, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
            total += w;
        var u = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
                return i;
        }
        return weights.Length - 1;
    }

    /// <summary>An item drawn with probability proportional to its weight.</summary>
    public static T Pick<T>(this Random random, T[] items, ReadOnlySpan<double> weights) => items[random.Pick(weights)];
}
